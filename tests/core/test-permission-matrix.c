/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-permission-matrix.c: every store operation that checks a role, called as every role on
 * the demo hall, against the matrix that docs/roles.md publishes. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/hk-context.h"
#include "core/hk-demo.h"
#include "core/hk-error.h"
#include "core/hk-receipt-import.h"
#include "hk-test-hall.h"

typedef struct
{
  HkTestHall  hall;
  /* One operator per role, holding that role only, in the order of hk_role_nth(). */
  HkOperator *by_role[HK_N_ROLES];
} Matrix;

typedef gboolean (*MatrixCall) (Matrix      *m,
                                HkOperator  *actor,
                                GError     **error);

typedef struct
{
  const char *operation;  /* the store function, without hk_ and _store */
  HkRoles     allowed;    /* may do it on any record */
  HkRoles     own_only;   /* may do it only on their own records (or not on them, see notes) */
  MatrixCall  call;       /* acts on a record that is not the actor's own */
} MatrixRow;

#define STORE(name) hk_context_get_##name##_store (m->hall.context)
#define STORE_OF(matrix, name) hk_context_get_##name##_store ((matrix)->hall.context)
#define OBJECT(expr) G_STMT_START { g_autoptr(GObject) result_ = (GObject *)(expr); \
                                    return result_ != NULL; } G_STMT_END

/* The first row the query names (its first column), or 0. */
static gint64
pick (Matrix     *m,
      const char *sql)
{
  return hk_test_query_int (m->hall.db.database, sql);
}

/* The same for a query about @actor's records: ?1 is @actor's id. */
static gint64
pick_not_own (Matrix     *m,
              HkOperator *actor,
              const char *sql)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (m->hall.db.database, sql, &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (actor));
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);
  return hk_statement_get_int64 (stmt, 0);
}

static char *
pick_text (Matrix     *m,
           const char *sql)
{
  return hk_test_query_text (m->hall.db.database, sql);
}

static HkOperator *
demo_operator (Matrix     *m,
               const char *login)
{
  return hk_test_hall_find_operator (&m->hall, login);
}

static char *
today (Matrix *m)
{
  return hk_hall_store_format_day (STORE (hall), hk_database_get_now (m->hall.db.database));
}

static char *
yesterday (Matrix *m)
{
  return hk_hall_store_format_day (STORE (hall),
                                   hk_database_get_now (m->hall.db.database) - 24 * 3600);
}

/* Operators. */
static gboolean
operator_add (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *login = g_strdup_printf ("new-%s-%u", hk_operator_get_login (actor),
                                            g_random_int ());
  OBJECT (hk_operator_store_add (STORE (operator), actor, login, "New one", HK_ROLE_CLERK,
                                 "a-long-password", error));
}

static gboolean
operator_update (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkOperator) target = demo_operator (m, "wangfang");
  OBJECT (hk_operator_store_update (STORE (operator), actor, target, "王芳", HK_ROLE_CLERK, error));
}

static gboolean
operator_reset_password (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkOperator) target = demo_operator (m, "zhaolei");
  return hk_operator_store_reset_password (STORE (operator), actor, target, "another-password",
                                           error);
}

static gboolean
operator_set_active (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkOperator) target = demo_operator (m, "zhaolei");
  OBJECT (hk_operator_store_set_active (STORE (operator), actor, target, TRUE, error));
}

/* The hall. */
static gboolean
hall_update (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_hall_store_update (STORE (hall), actor, "示范营业厅", "DEMO", "Asia/Shanghai", error);
}

static gboolean
hall_set_complaint_deadline_hours (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_hall_store_set_complaint_deadline_hours (STORE (hall), actor, 48, error);
}

/* Fee items. */
static HkFeeItem *
some_fee_item (Matrix *m)
{
  return hk_fee_item_store_lookup_by_id (STORE (fee_item),
                                         pick (m, "SELECT min(id) FROM fee_items"), NULL);
}

static gboolean
fee_item_add (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("MX%u", g_random_int_range (1000, 9999));
  g_autofree char *day = today (m);
  OBJECT (hk_fee_item_store_add (STORE (fee_item), actor, code, "Matrix item",
                                 HK_FEE_CATEGORY_SERVICE, 1000, day, error));
}

static gboolean
fee_item_set_price (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkFeeItem) item = some_fee_item (m);
  g_autofree char *day = today (m);
  OBJECT (hk_fee_item_store_set_price (STORE (fee_item), actor, item, 1234, day, error));
}

static gboolean
fee_item_update (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkFeeItem) item = some_fee_item (m);
  OBJECT (hk_fee_item_store_update (STORE (fee_item), actor, item, hk_fee_item_get_name (item),
                                    hk_fee_item_get_category (item), error));
}

static gboolean
fee_item_set_active (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkFeeItem) item = some_fee_item (m);
  OBJECT (hk_fee_item_store_set_active (STORE (fee_item), actor, item, TRUE, error));
}

static gboolean
fee_item_import_csv (Matrix *m, HkOperator *actor, GError **error)
{
  const char *csv = "code,name,category,price,valid_from\n";
  return hk_fee_item_store_import_csv (STORE (fee_item), actor, csv, strlen (csv), NULL, NULL,
                                       error);
}

/* Invoice books. */
static HkInvoiceBook *
some_book (Matrix *m)
{
  return hk_invoice_book_store_lookup_by_id (STORE (invoice_book),
                                             pick (m, "SELECT max(id) FROM invoice_books"), NULL);
}

static gboolean
invoice_book_register (Matrix *m, HkOperator *actor, GError **error)
{
  gint64 first = 90000000 + g_random_int_range (0, 100000) * 100;
  OBJECT (hk_invoice_book_store_register (STORE (invoice_book), actor, "9999999999", first,
                                          first + 49, error));
}

static gboolean
invoice_book_issue (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkInvoiceBook) book = some_book (m);
  g_autoptr(HkOperator) clerk = demo_operator (m, "wangfang");
  return hk_invoice_book_store_issue (STORE (invoice_book), actor, book,
                                      hk_invoice_book_get_first_no (book),
                                      hk_invoice_book_get_first_no (book), clerk, error);
}

static gboolean
invoice_book_issue_book (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkInvoiceBook) book = some_book (m);
  g_autoptr(HkOperator) clerk = demo_operator (m, "wangfang");
  return hk_invoice_book_store_issue_book (STORE (invoice_book), actor, book, clerk, error);
}

static gboolean
invoice_book_return (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkInvoiceBook) book = some_book (m);
  return hk_invoice_book_store_return (STORE (invoice_book), actor, book,
                                       hk_invoice_book_get_last_no (book),
                                       hk_invoice_book_get_last_no (book), error);
}

static gboolean
invoice_book_explain_gap (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkInvoiceBook) book = some_book (m);
  return hk_invoice_book_store_explain_gap (STORE (invoice_book), actor,
                                            hk_invoice_book_get_id (book),
                                            hk_invoice_book_get_first_no (book), "spoilt", error);
}

/* Shifts: the demo clerks' shifts are never the matrix operators' own. */
static HkShift *
some_shift (Matrix     *m,
            HkOperator *actor,
            const char *status)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(id), (SELECT max(id) FROM shifts"
                                          " WHERE clerk_id <> ?1)) FROM shifts"
                                          " WHERE status = '%s' AND clerk_id <> ?1", status);
  return hk_shift_store_lookup (STORE (shift), pick_not_own (m, actor, sql), NULL);
}

static gboolean
shift_open (Matrix *m, HkOperator *actor, GError **error)
{
  OBJECT (hk_shift_store_open (STORE (shift), actor, 50000, error));
}

static gboolean
shift_move_cash (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkShift) shift = some_shift (m, actor, "open");
  return hk_shift_store_move_cash (STORE (shift), actor, shift, 1000, "change", error);
}

static gboolean
shift_close (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkShift) shift = some_shift (m, actor, "open");
  const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  const gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  OBJECT (hk_shift_store_close (STORE (shift), actor, shift, counts, declared, error));
}

static gboolean
shift_validate (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkShift) shift = some_shift (m, actor, "closed");
  OBJECT (hk_shift_store_validate (STORE (shift), actor, shift, error));
}

static gboolean
shift_reopen (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkShift) shift = some_shift (m, actor, "closed");
  OBJECT (hk_shift_store_reopen (STORE (shift), actor, shift, "counted again", error));
}

/* Receipts. */
static HkReceipt *
some_receipt (Matrix     *m,
              HkOperator *actor)
{
  return hk_receipt_store_lookup (STORE (receipt),
                                  pick_not_own (m, actor, "SELECT max(id) FROM receipts"
                                                          " WHERE status = 'issued'"
                                                          " AND clerk_id <> ?1"), NULL);
}

static gboolean
receipt_issue (Matrix *m, HkOperator *actor, GError **error)
{
  HkReceiptLineInput line = { .fee_item_id = pick (m, "SELECT min(id) FROM fee_items"),
                              .quantity = 1 };
  HkReceiptPaymentInput payment = { .method = HK_PAYMENT_CASH, .amount = 1000 };
  OBJECT (hk_receipt_store_issue (STORE (receipt), actor, NULL, &line, 1, &payment, 1, NULL,
                                  error));
}

static gboolean
receipt_void (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkReceipt) receipt = some_receipt (m, actor);
  OBJECT (hk_receipt_store_void (STORE (receipt), actor, receipt, "wrong item", error));
}

static gboolean
receipt_correct (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkReceipt) receipt = some_receipt (m, actor);
  OBJECT (hk_receipt_store_correct (STORE (receipt), actor, receipt, "wrong item", error));
}

static gboolean
receipt_import_csv (Matrix *m, HkOperator *actor, GError **error)
{
  const char *csv = "invoice_code,number\n";
  HkReceiptImportResult result = { 0 };
  return hk_receipt_import_csv (m->hall.context, actor, csv, strlen (csv), &result, error);
}

/* Daily reports: the demo clerks' reports, never the matrix operators' own. */
static gboolean
daily_report_submit (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = today (m);
  OBJECT (hk_daily_report_store_submit (STORE (daily_report), actor, day, error));
}

static gboolean
daily_report_record_check (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = pick_text (m, "SELECT max(business_day) FROM daily_reports");
  HkDailyReportCheck check = { .accounting_copy = 0, .bank_name = "ICBC", .bank_slip_no = "1",
                               .bank_slip_date = day, .bank_amount = 0 };
  OBJECT (hk_daily_report_store_record_check (STORE (daily_report), actor,
                                              pick (m, "SELECT max(clerk_id) FROM daily_reports"
                                                       " WHERE signed_at IS NULL"),
                                              day, &check, error));
}

static gboolean
daily_report_sign (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = pick_text (m, "SELECT max(business_day) FROM daily_reports");
  OBJECT (hk_daily_report_store_sign (STORE (daily_report), actor,
                                      pick (m, "SELECT max(clerk_id) FROM daily_reports"),
                                      day, "matrix", error));
}

/* Customer files and their access. */
static HkCustomerFile *
some_file (Matrix *m)
{
  return hk_customer_file_store_lookup (STORE (customer_file),
                                        pick (m, "SELECT max(id) FROM customer_files"
                                                 " WHERE status = 'in-archive'"), NULL);
}

static gboolean
customer_file_register (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *file_no = g_strdup_printf ("MX-%u", g_random_int_range (10000, 99999));
  g_autofree char *day = yesterday (m);
  HkCustomerFileInput input = { .file_no = file_no, .customer_name = "张三",
                                .id_number = "11010519491231002X", .phone = "13800138000",
                                .kind = HK_FILE_KIND_ACCOUNT_OPENING, .cabinet = "A",
                                .shelf = "1", .box = "1", .received_on = day,
                                .retain_until = "2099-12-31" };
  OBJECT (hk_customer_file_store_register (STORE (customer_file), actor, &input, error));
}

static gboolean
customer_file_update (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCustomerFile) file = some_file (m);
  HkCustomerFileInput input = { .file_no = hk_customer_file_get_file_no (file),
                                .customer_name = "张三", .kind = HK_FILE_KIND_ACCOUNT_OPENING,
                                .cabinet = "B", .shelf = "2", .box = "3",
                                .received_on = hk_customer_file_get_received_on (file),
                                .retain_until = hk_customer_file_get_retain_until (file) };
  OBJECT (hk_customer_file_store_update (STORE (customer_file), actor, file, &input, error));
}

static gboolean
customer_file_transfer (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCustomerFile) file = some_file (m);
  OBJECT (hk_customer_file_store_transfer (STORE (customer_file), actor, file, "to the city",
                                           error));
}

static gboolean
customer_file_destroy (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCustomerFile) file = some_file (m);
  OBJECT (hk_customer_file_store_destroy (STORE (customer_file), actor, file, "retention over",
                                          error));
}

static gboolean
customer_file_view (Matrix *m, HkOperator *actor, GError **error)
{
  OBJECT (hk_customer_file_store_view (STORE (customer_file), actor,
                                       pick (m, "SELECT min(id) FROM customer_files"), error));
}

static gboolean
customer_file_reveal_identity (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCustomerFile) file = some_file (m);
  g_autoptr(HkCustomerIdentity) identity = NULL;

  identity = hk_customer_file_store_reveal_identity (STORE (customer_file), file, actor, error);
  return identity != NULL;
}

static gboolean
customer_file_read_access_log (Matrix *m, HkOperator *actor, GError **error)
{
  HkAccessLogQuery query = { 0 };
  g_autoptr(GPtrArray) entries = NULL;

  entries = hk_customer_file_store_read_access_log (STORE (customer_file), actor, &query, error);
  return entries != NULL;
}

static gboolean
customer_file_record_export (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_customer_file_store_record_export (STORE (customer_file), actor, "access log",
                                               "2026-01", "/dev/null", error);
}

static HkAccessRequest *
some_request (Matrix     *m,
              HkOperator *actor,
              const char *decision)
{
  g_autofree char *sql = g_strdup_printf ("SELECT max(id) FROM access_requests"
                                          " WHERE decision = '%s' AND requester_id <> ?1"
                                          " AND designated_id <> ?1", decision);
  return hk_access_request_store_lookup (STORE (access_request),
                                         pick_not_own (m, actor, sql), NULL);
}

static gboolean
access_request_create (Matrix *m, HkOperator *actor, GError **error)
{
  gint64 file_id = pick (m, "SELECT min(id) FROM customer_files WHERE status = 'in-archive'");
  gint64 now = hk_database_get_now (m->hall.db.database);
  HkAccessRequestInput input = { .file_ids = &file_id, .n_files = 1,
                                 .purpose = HK_ACCESS_PURPOSE_COMPLAINT,
                                 .designated_id = hk_operator_get_id (actor),
                                 .purpose_note = "a complaint about the contract",
                                 .window_from = now, .window_until = now + 24 * 3600 };
  OBJECT (hk_access_request_store_create (STORE (access_request), actor, &input, error));
}

static gboolean
access_request_approve (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkAccessRequest) request = some_request (m, actor, "pending");
  OBJECT (hk_access_request_store_approve (STORE (access_request), actor, request, NULL, error));
}

static gboolean
access_request_reject (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkAccessRequest) request = some_request (m, actor, "pending");
  OBJECT (hk_access_request_store_reject (STORE (access_request), actor, request, "not needed",
                                          error));
}

static gboolean
access_request_record_paper_approval (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkAccessRequest) request = some_request (m, actor, "pending");
  g_autofree char *day = today (m);
  HkPaperApproval paper = { .approver_name = "李强", .approver_title = "主任",
                            .slip_no = "P-1", .slip_date = day };
  OBJECT (hk_access_request_store_record_paper_approval (STORE (access_request), actor, request,
                                                         &paper, error));
}

static gboolean
access_request_release (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkAccessRequest) request = some_request (m, actor, "approved");
  gint64 file_id = pick (m, "SELECT max(file_id) FROM access_request_files");
  OBJECT (hk_access_request_store_release (STORE (access_request), actor, request, file_id,
                                           error));
}

static gboolean
access_request_return_file (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkConsultation) consultation = NULL;

  consultation = hk_access_request_store_lookup_consultation (
    STORE (access_request), pick (m, "SELECT max(id) FROM consultations"), NULL);
  OBJECT (hk_access_request_store_return_file (STORE (access_request), actor, consultation,
                                               "the contract", 0, error));
}

static gboolean
recheck_record (Matrix *m, HkOperator *actor, GError **error)
{
  HkRecheckInput input = { .file_id = pick (m, "SELECT min(id) FROM customer_files"),
                           .field = HK_RECHECK_CUSTOMER_NAME };
  OBJECT (hk_recheck_store_record (STORE (recheck), actor, &input, error));
}

/* Complaints. */
static HkComplaint *
some_complaint (Matrix *m)
{
  return hk_complaint_store_lookup (STORE (complaint),
                                    pick (m, "SELECT max(id) FROM complaints"), NULL);
}

static gboolean
complaint_add_category (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("mx-%u", g_random_int_range (1000, 9999));
  OBJECT (hk_complaint_store_add_category (STORE (complaint), actor, code, "Matrix", error));
}

static gboolean
complaint_set_category_active (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = pick_text (m, "SELECT code FROM complaint_categories ORDER BY id"
                                        " LIMIT 1");
  g_autoptr(HkComplaintCategory) category = hk_complaint_store_lookup_category (STORE (complaint),
                                                                               code, NULL);
  OBJECT (hk_complaint_store_set_category_active (STORE (complaint), actor, category, TRUE,
                                                  error));
}

static gboolean
complaint_register (Matrix *m, HkOperator *actor, GError **error)
{
  HkComplaintInput input = { .received_at = hk_database_get_now (m->hall.db.database) - 600,
                             .channel = HK_COMPLAINT_CHANNEL_COUNTER, .customer_name = "李四",
                             .customer_phone = "13900139000",
                             .category_id = pick (m, "SELECT min(id) FROM complaint_categories"
                                                     " WHERE active = 1"),
                             .description = "The queue was long." };
  OBJECT (hk_complaint_store_register (STORE (complaint), actor, &input, error));
}

static gboolean
complaint_assign (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_assign (STORE (complaint), actor, complaint,
                                     hk_operator_get_id (actor), NULL, error));
}

static gboolean
complaint_add_note (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_add_note (STORE (complaint), actor, complaint, "called", error));
}

static gboolean
complaint_promise_callback (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_promise_callback (STORE (complaint), actor, complaint, "13900139000",
                                               hk_database_get_now (m->hall.db.database) + 3600,
                                               NULL, error));
}

static gboolean
complaint_record_callback (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_record_callback (STORE (complaint), actor, complaint,
                                              hk_database_get_now (m->hall.db.database) - 60,
                                              TRUE, "satisfied", error));
}

static gboolean
complaint_resolve (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_resolve (STORE (complaint), actor, complaint, "explained", error));
}

static gboolean
complaint_close (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_close (STORE (complaint), actor, complaint, NULL, error));
}

static gboolean
complaint_reopen (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkComplaint) complaint = some_complaint (m);
  OBJECT (hk_complaint_store_reopen (STORE (complaint), actor, complaint, "called again",
                                     error));
}

static gboolean
complaint_sign_day (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = yesterday (m);
  OBJECT (hk_complaint_store_sign_day (STORE (complaint), actor, day, NULL, error));
}

static gboolean
service_log_save (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = today (m);
  OBJECT (hk_service_log_store_save (STORE (service_log), actor, day, "A quiet day.", "", "", "",
                                     error));
}

static gboolean
opinion_book_add (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = today (m);
  OBJECT (hk_opinion_book_store_add (STORE (opinion_book), actor, day, "More chairs, please.",
                                     NULL, error));
}

static gboolean
opinion_book_process (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkOpinionEntry) entry = NULL;

  entry = hk_opinion_book_store_lookup (STORE (opinion_book),
                                        pick (m, "SELECT max(id) FROM opinion_entries"), NULL);
  OBJECT (hk_opinion_book_store_process (STORE (opinion_book), actor, entry, "Done.", error));
}

/* Repairs. */
static HkRepairTicket *
some_ticket (Matrix *m)
{
  return hk_repair_store_lookup (STORE (repair), pick (m, "SELECT max(id) FROM repair_tickets"),
                                 NULL);
}

static gboolean
repair_intake (Matrix *m, HkOperator *actor, GError **error)
{
  HkRepairIntake intake = { .customer_name = "王五", .customer_phone = "13700137000",
                            .brand = "Huawei", .model = "P30", .imei = "490154203237518",
                            .fault = "does not charge" };
  OBJECT (hk_repair_store_intake (STORE (repair), actor, &intake, error));
}

static gboolean
repair_set_status (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_set_status (STORE (repair), actor, ticket, HK_REPAIR_DIAGNOSING, NULL,
                                      error));
}

static gboolean
repair_dispatch (Matrix *m, HkOperator *actor, GError **error)
{
  gint64 id = pick (m, "SELECT max(id) FROM repair_tickets");
  OBJECT (hk_repair_store_dispatch (STORE (repair), actor, &id, 1, "SF", "W1", error));
}

static gboolean
repair_return_from_city (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_return_from_city (STORE (repair), actor, ticket, TRUE, "fixed",
                                            error));
}

static gboolean
repair_add_fee (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_add_fee (STORE (repair), actor, ticket, HK_REPAIR_FEE_DIAGNOSIS,
                                   pick (m, "SELECT min(fee_item_id) FROM repair_fee_lines"), 1,
                                   error));
}

static gboolean
repair_use_part (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_use_part (STORE (repair), actor, ticket,
                                    pick (m, "SELECT min(id) FROM repair_parts"), 1, error));
}

static gboolean
repair_void_fee (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_void_fee (STORE (repair), actor, ticket,
                                    pick (m, "SELECT max(id) FROM repair_fee_lines"), "mistake",
                                    error));
}

static gboolean
repair_record_callback (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  OBJECT (hk_repair_store_record_callback (STORE (repair), actor, ticket, "ready", error));
}

static gboolean
repair_hand_over (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairTicket) ticket = some_ticket (m);
  HkRepairHandover handover = { .collected_by = "王五", .id_checked = TRUE };
  OBJECT (hk_repair_store_hand_over (STORE (repair), actor, ticket, &handover, error));
}

static HkRepairPart *
some_part (Matrix *m)
{
  return hk_repair_part_store_lookup_by_id (STORE (repair_part),
                                            pick (m, "SELECT min(id) FROM repair_parts"), NULL);
}

static gboolean
repair_part_add (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("MX%u", g_random_int_range (1000, 9999));
  OBJECT (hk_repair_part_store_add (STORE (repair_part), actor, code, "Matrix part",
                                    pick (m, "SELECT min(fee_item_id) FROM repair_parts"),
                                    error));
}

static gboolean
repair_part_receive (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairPart) part = some_part (m);
  OBJECT (hk_repair_part_store_receive (STORE (repair_part), actor, part, 2, NULL, error));
}

static gboolean
repair_part_count (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkRepairPart) part = some_part (m);
  OBJECT (hk_repair_part_store_count (STORE (repair_part), actor, part, 3, "counted", error));
}

/* The analysis. */
static gboolean
analysis_save_comment (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = today (m);
  g_autofree char *month = g_strndup (day, 7);
  HkAnalysisComment *comment;

  comment = hk_analysis_store_save_comment (STORE (analysis), actor, month, "Busy month.", error);
  g_clear_pointer (&comment, hk_analysis_comment_free);
  return error == NULL || *error == NULL;
}

static gboolean
analysis_set_on_time_target (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_analysis_store_set_on_time_target (STORE (analysis), actor, 95, error);
}

/* Card stock. */
static HkCardType *
some_card_type (Matrix *m)
{
  return hk_card_stock_store_lookup_type (STORE (card_stock),
                                          pick (m, "SELECT min(id) FROM card_types"), NULL);
}

static HkCardRequisition *
some_requisition (Matrix *m)
{
  return hk_card_stock_store_lookup_requisition (STORE (card_stock),
                                                 pick (m, "SELECT max(id) FROM card_requisitions"),
                                                 NULL);
}

static HkCardHandover *
some_handover (Matrix     *m,
               HkOperator *actor)
{
  return hk_card_stock_store_lookup_handover (STORE (card_stock),
                                              pick_not_own (m, actor,
                                                            "SELECT max(id) FROM card_handovers"
                                                            " WHERE clerk_id <> ?1"
                                                            " AND receiver_id <> ?1"), NULL);
}

static gboolean
card_stock_add_type (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("MX%u", g_random_int_range (1000, 9999));
  OBJECT (hk_card_stock_store_add_type (STORE (card_stock), actor, code, "Matrix card",
                                        HK_CARD_KIND_VALUE, 5000, 12, 0, error));
}

static gboolean
card_stock_request (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardType) type = some_card_type (m);
  OBJECT (hk_card_stock_store_request (STORE (card_stock), actor, type, 100, NULL, error));
}

static gboolean
card_stock_receive (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardRequisition) requisition = some_requisition (m);
  OBJECT (hk_card_stock_store_receive (STORE (card_stock), actor, requisition, "1-2", error));
}

static gboolean
card_stock_close_requisition (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardRequisition) requisition = some_requisition (m);
  OBJECT (hk_card_stock_store_close_requisition (STORE (card_stock), actor, requisition,
                                                 "no more", error));
}

static gboolean
card_stock_allocate (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardType) type = some_card_type (m);
  g_autoptr(HkOperator) clerk = demo_operator (m, "wangfang");
  return hk_card_stock_store_allocate (STORE (card_stock), actor, type, "1-2", clerk, error);
}

static gboolean
card_stock_return (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardType) type = some_card_type (m);
  g_autoptr(HkOperator) clerk = demo_operator (m, "wangfang");
  return hk_card_stock_store_return (STORE (card_stock), actor, type, "1-2", clerk, error);
}

static gboolean
card_stock_record_sale (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkReceipt) receipt = some_receipt (m, actor);
  return hk_card_stock_store_record_sale (STORE (card_stock), actor, receipt, 1, "1", error);
}

static gboolean
card_stock_hand_over (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkOperator) receiver = demo_operator (m, "wangfang");
  OBJECT (hk_card_stock_store_hand_over (STORE (card_stock), actor, receiver, NULL, 0, error));
}

static gboolean
card_stock_explain (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardHandover) handover = some_handover (m, actor);
  OBJECT (hk_card_stock_store_explain (STORE (card_stock), actor, handover,
                                       pick (m, "SELECT min(id) FROM card_types"), "lost one",
                                       error));
}

static gboolean
card_stock_acknowledge (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCardHandover) handover = some_handover (m, actor);
  OBJECT (hk_card_stock_store_acknowledge (STORE (card_stock), actor, handover, error));
}

/* Number stock. */
static char *
some_number (Matrix *m)
{
  return pick_text (m, "SELECT number FROM pool_numbers WHERE state = 'available' ORDER BY id"
                          " LIMIT 1");
}

static gboolean
number_pool_add_range (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *first = g_strdup_printf ("1990%07u", g_random_int_range (0, 9999000));
  guint n_added = 0;
  return hk_number_pool_store_add_range (STORE (number_pool), actor, first, first,
                                         HK_NUMBER_ORDINARY, 0, &n_added, error);
}

static gboolean
number_pool_set_class (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *number = some_number (m);
  OBJECT (hk_number_pool_store_set_class (STORE (number_pool), actor, number,
                                          HK_NUMBER_PREMIUM, 10000, error));
}

static gboolean
number_pool_reserve (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *number = some_number (m);
  g_autofree char *day = today (m);
  OBJECT (hk_number_pool_store_reserve (STORE (number_pool), actor, number, "赵六", "13600136000",
                                        day, error));
}

static gboolean
number_pool_release (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *number = pick_text (m, "SELECT coalesce(max(number), '13000000000')"
                                          " FROM pool_numbers WHERE state = 'reserved'");
  OBJECT (hk_number_pool_store_release (STORE (number_pool), actor, number, "changed mind",
                                        error));
}

static gboolean
number_pool_return (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *number = some_number (m);
  OBJECT (hk_number_pool_store_return (STORE (number_pool), actor, number, "to the city",
                                       error));
}

/* Cheques. */
static HkCheque *
some_cheque (Matrix     *m,
             HkOperator *actor)
{
  return hk_cheque_store_lookup (STORE (cheque),
                                 pick_not_own (m, actor, "SELECT max(id) FROM cheques"
                                                         " WHERE clerk_id <> ?1"), NULL);
}

static gboolean
cheque_set_deadline_days (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_cheque_store_set_deadline_days (STORE (cheque), actor, 3, error);
}

static gboolean
cheque_set_details (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCheque) cheque = some_cheque (m, actor);
  OBJECT (hk_cheque_store_set_details (STORE (cheque), actor, cheque, "ICBC", "某公司", error));
}

static gboolean
cheque_endorse (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCheque) cheque = some_cheque (m, actor);
  OBJECT (hk_cheque_store_endorse (STORE (cheque), actor, cheque, "the hall", error));
}

static gboolean
cheque_clear (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCheque) cheque = some_cheque (m, actor);
  OBJECT (hk_cheque_store_clear (STORE (cheque), actor, cheque, error));
}

static gboolean
cheque_bounce (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCheque) cheque = some_cheque (m, actor);
  OBJECT (hk_cheque_store_bounce (STORE (cheque), actor, cheque, "no funds", error));
}

static gboolean
cheque_resolve (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkCheque) cheque = some_cheque (m, actor);
  OBJECT (hk_cheque_store_resolve (STORE (cheque), actor, cheque, "paid in cash", error));
}

static gboolean
cheque_clear_payer (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_cheque_store_clear_payer (STORE (cheque), actor, "某公司", "paid", error);
}

/* The bank. */
static gboolean
bank_record_deposit (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = pick_text (m, "SELECT max(business_day) FROM daily_reports"
                                      " WHERE signed_at IS NOT NULL");
  HkBankDepositInput input = { .bank_name = "ICBC", .slip_no = "D-1", .slip_date = day,
                               .amount = 100, .note = "counted again" };
  HkBankDepositReport report = { .clerk_id = pick (m, "SELECT max(clerk_id) FROM daily_reports"
                                                      " WHERE signed_at IS NOT NULL"),
                                 .day = day };
  OBJECT (hk_bank_store_record_deposit (STORE (bank), actor, &input, &report, 1, NULL, 0,
                                        error));
}

static gboolean
bank_record_from_reports (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *first = pick_text (m, "SELECT min(business_day) FROM daily_reports");
  g_autofree char *last = pick_text (m, "SELECT max(business_day) FROM daily_reports");
  guint n_recorded = 0;
  return hk_bank_store_record_from_reports (STORE (bank), actor, first, last, &n_recorded, error);
}

static gboolean
bank_cancel_deposit (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkBankDeposit) deposit = NULL;

  /* The auditor's bank_record_deposit, earlier in the matrix, made it. */
  deposit = hk_bank_store_lookup_deposit (STORE (bank),
                                          pick (m, "SELECT max(id) FROM bank_deposits"), NULL);
  g_assert_nonnull (deposit);
  OBJECT (hk_bank_store_cancel_deposit (STORE (bank), actor, deposit, "wrong slip", error));
}

static gboolean
bank_import_statement (Matrix *m, HkOperator *actor, GError **error)
{
  const char *csv = "value_date,reference,description,amount,balance\n";
  HkBankStatementImport result = { 0 };
  gboolean ok = hk_bank_store_import_statement (STORE (bank), actor, "6222", csv, strlen (csv),
                                                "statement.csv", &result, error);
  hk_bank_statement_import_clear (&result);
  return ok;
}

static gboolean
bank_auto_match (Matrix *m, HkOperator *actor, GError **error)
{
  guint n_matched = 0;
  return hk_bank_store_auto_match (STORE (bank), actor, &n_matched, error);
}

static gboolean
bank_match (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_bank_store_match (STORE (bank), actor, 1, 1, 0, error);
}

static gboolean
bank_unmatch (Matrix *m, HkOperator *actor, GError **error)
{
  return hk_bank_store_unmatch (STORE (bank), actor, 1, error);
}

static gboolean
bank_set_book_opening (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = yesterday (m);
  return hk_bank_store_set_book_opening (STORE (bank), actor, day, 0, error);
}

/* Hall operations, on a day of their own ten days back: the demo hall's three days do not
 * reach it, and a record of it is still young enough to be written. The demo duty manager
 * wrote and signed its early shift's log (matrix_setup). */
static char *
duty_day (Matrix *m)
{
  return hk_hall_store_format_day (STORE (hall),
                                   hk_database_get_now (m->hall.db.database) - 10 * 24 * 3600);
}

/* Two hours into the duty day's early shift. */
static gint64
duty_moment (Matrix *m)
{
  g_autofree char *day = duty_day (m);
  gint64 start = 0;

  g_assert_true (hk_duty_store_get_shift_bounds (STORE (duty), day, HK_DUTY_SHIFT_EARLY, &start,
                                                 NULL, NULL));
  return start + 2 * 3600;
}

static gboolean
duty_save_log (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  HkDutyLogInput input = { .staff_on_duty = "王芳, 张丽", .notable_events = "A quiet shift." };
  OBJECT (hk_duty_store_save_log (STORE (duty), actor, day, HK_DUTY_SHIFT_LATE, &input, error));
}

static gboolean
duty_sign_log (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  OBJECT (hk_duty_store_sign_log (STORE (duty), actor, day, HK_DUTY_SHIFT_LATE, error));
}

static gboolean
duty_acknowledge_log (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  OBJECT (hk_duty_store_acknowledge_log (STORE (duty), actor, day, HK_DUTY_SHIFT_EARLY, error));
}

static gboolean
duty_add_remark (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  OBJECT (hk_duty_store_add_remark (STORE (duty), actor, day, HK_DUTY_SHIFT_EARLY,
                                    "The printer came back.", error));
}

static gboolean
duty_record_briefing (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  const char * const present[] = { "王芳", "张丽", NULL };
  OBJECT (hk_duty_store_record_briefing (STORE (duty), actor, day, HK_DUTY_SHIFT_EARLY,
                                         HK_BRIEFING_PRE_SHIFT, "Queue numbers first.", present,
                                         NULL, error));
}

static HkSafetyCheckItem *
some_checklist_item (Matrix *m)
{
  g_autoptr(GPtrArray) items = hk_duty_store_list_checklist (STORE (duty), FALSE, NULL);

  g_assert_nonnull (items);
  g_assert_cmpuint (items->len, >, 0);
  return g_object_ref (g_ptr_array_index (items, 0));
}

static gboolean
duty_add_checklist_item (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("mx-%u", g_random_int_range (1000, 9999));
  OBJECT (hk_duty_store_add_checklist_item (STORE (duty), actor, code, "Matrix item", error));
}

static gboolean
duty_set_checklist_item_active (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkSafetyCheckItem) item = some_checklist_item (m);
  OBJECT (hk_duty_store_set_checklist_item_active (STORE (duty), actor, item, TRUE, error));
}

static gboolean
duty_record_safety_check (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  g_autoptr(GPtrArray) items = hk_duty_store_list_checklist (STORE (duty), TRUE, NULL);
  g_autofree HkSafetyCheckAnswer *answers = NULL;

  g_assert_nonnull (items);
  answers = g_new0 (HkSafetyCheckAnswer, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      answers[i].item_id = hk_safety_check_item_get_id (g_ptr_array_index (items, i));
      answers[i].passed = TRUE;
    }
  OBJECT (hk_duty_store_record_safety_check (STORE (duty), actor, day, HK_DUTY_SHIFT_EARLY,
                                             answers, items->len, error));
}

static gboolean
duty_report_fault (Matrix *m, HkOperator *actor, GError **error)
{
  HkFacilityFaultInput input = { .description = "The queue display is dark.",
                                 .location = "Entrance", .severity = HK_FAULT_MINOR };
  OBJECT (hk_duty_store_report_fault (STORE (duty), actor, &input, error));
}

static gboolean
duty_fix_fault (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkFacilityFault) fault = NULL;

  fault = hk_duty_store_lookup_fault (STORE (duty),
                                      pick (m, "SELECT max(id) FROM facility_faults"), NULL);
  g_assert_nonnull (fault);
  OBJECT (hk_duty_store_fix_fault (STORE (duty), actor, fault, "New fuse.", error));
}

static gboolean
duty_record_incident (Matrix *m, HkOperator *actor, GError **error)
{
  HkIncidentInput input = { .kind = HK_INCIDENT_OTHER,
                            .occurred_at = duty_moment (m),
                            .place = "Counter 3", .people = "a customer",
                            .action_taken = "Calmed down.", .serious = TRUE };
  OBJECT (hk_duty_store_record_incident (STORE (duty), actor, &input, error));
}

static gboolean
duty_report_incident (Matrix *m, HkOperator *actor, GError **error)
{
  g_autoptr(HkIncident) incident = NULL;

  incident = hk_duty_store_lookup_incident (STORE (duty),
                                            pick (m, "SELECT max(id) FROM incidents"
                                                     " WHERE serious = 1"), NULL);
  g_assert_nonnull (incident);
  OBJECT (hk_duty_store_report_incident (STORE (duty), actor, incident, "Nobody was hurt.",
                                         error));
}

static gboolean
duty_set_cleaning_task (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *code = g_strdup_printf ("mx-%u", g_random_int_range (1000, 9999));
  OBJECT (hk_duty_store_set_cleaning_task (STORE (duty), actor, code, "Matrix task", 8 * 60,
                                           19 * 60, 60, TRUE, error));
}

static gboolean
duty_record_cleaning_round (Matrix *m, HkOperator *actor, GError **error)
{
  OBJECT (hk_duty_store_record_cleaning_round (STORE (duty), actor,
                                               pick (m, "SELECT min(id) FROM cleaning_tasks"),
                                               duty_moment (m),
                                               "刘阿姨", error));
}

static gboolean
duty_record_cash_escort (Matrix *m, HkOperator *actor, GError **error)
{
  gint64 at = duty_moment (m);
  HkCashEscortInput input = { .left_at = at, .returned_at = at + 3600,
                              .amount = 1000000, .carrier = "王芳", .guard = "陈保安" };
  OBJECT (hk_duty_store_record_cash_escort (STORE (duty), actor, &input, error));
}

/* The last trip and the last deposit not cancelled: the demo hall links its deposits to its
 * own trips, so this may fail for the deposit's date or link (a reason other than the role). */
static gboolean
duty_link_cash_escort_deposit (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *first = duty_day (m);
  g_autofree char *last = today (m);
  g_autoptr(GPtrArray) escorts = hk_duty_store_list_cash_escorts (STORE (duty), first, last,
                                                                  NULL);

  g_assert_nonnull (escorts);
  g_assert_cmpuint (escorts->len, >, 0);
  OBJECT (hk_duty_store_link_cash_escort_deposit (STORE (duty), actor,
                                                  g_ptr_array_index (escorts, escorts->len - 1),
                                                  pick (m, "SELECT max(id) FROM bank_deposits"
                                                           " WHERE cancelled_at IS NULL"),
                                                  error));
}

static gboolean
duty_record_training (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  const char * const attendees[] = { "王芳", "张丽", NULL };
  OBJECT (hk_duty_store_record_training (STORE (duty), actor, day, "New plans", "李强", 60,
                                         attendees, error));
}

static gboolean
duty_record_assessment (Matrix *m, HkOperator *actor, GError **error)
{
  g_autofree char *day = duty_day (m);
  OBJECT (hk_duty_store_record_assessment (STORE (duty), actor, day, "王芳", "New plans", 85, 0,
                                           NULL, error));
}

static gboolean
duty_record_demand (Matrix *m, HkOperator *actor, GError **error)
{
  OBJECT (hk_duty_store_record_demand (STORE (duty), actor, HK_DEMAND_HANDSET, "A folding phone",
                                       NULL, error));
}

#define ADMIN HK_ROLE_ADMINISTRATOR
#define SUPERVISOR HK_ROLE_SUPERVISOR
#define AUDITOR HK_ROLE_AUDITOR
#define CLERK HK_ROLE_CLERK
#define MANAGER HK_ROLE_DUTY_MANAGER
#define ARCHIVIST HK_ROLE_ARCHIVIST
#define OFFICER HK_ROLE_COMPLAINT_OFFICER
#define TECHNICIAN HK_ROLE_TECHNICIAN
#define ROW(name, allowed, own) { #name, (allowed), (own), name }

/* Keep in the order of docs/roles.md, which /permission-matrix/docs compares with this. */
static const MatrixRow matrix[] = {
  ROW (operator_add, ADMIN, 0),
  ROW (operator_update, ADMIN, 0),
  ROW (operator_reset_password, ADMIN, 0),
  ROW (operator_set_active, ADMIN, 0),
  ROW (hall_update, ADMIN | SUPERVISOR, 0),
  ROW (hall_set_complaint_deadline_hours, ADMIN | SUPERVISOR, 0),
  ROW (fee_item_add, SUPERVISOR | ADMIN, 0),
  ROW (fee_item_set_price, SUPERVISOR | ADMIN, 0),
  ROW (fee_item_update, SUPERVISOR | ADMIN, 0),
  ROW (fee_item_set_active, SUPERVISOR | ADMIN, 0),
  ROW (fee_item_import_csv, SUPERVISOR | ADMIN, 0),
  ROW (invoice_book_register, AUDITOR, 0),
  ROW (invoice_book_issue, AUDITOR, 0),
  ROW (invoice_book_issue_book, AUDITOR, 0),
  ROW (invoice_book_return, AUDITOR, 0),
  ROW (invoice_book_explain_gap, AUDITOR, 0),
  ROW (shift_open, CLERK, 0),
  ROW (shift_move_cash, MANAGER, CLERK),
  ROW (shift_close, 0, CLERK),
  ROW (shift_validate, MANAGER, 0),
  ROW (shift_reopen, MANAGER, 0),
  ROW (receipt_issue, CLERK, 0),
  ROW (receipt_void, MANAGER, CLERK),
  ROW (receipt_correct, CLERK, 0),
  ROW (receipt_import_csv, AUDITOR, 0),
  ROW (daily_report_submit, CLERK, 0),
  ROW (daily_report_record_check, AUDITOR, 0),
  ROW (daily_report_sign, AUDITOR, 0),
  ROW (customer_file_register, ARCHIVIST, 0),
  ROW (customer_file_update, ARCHIVIST, 0),
  ROW (customer_file_transfer, ARCHIVIST, 0),
  ROW (customer_file_destroy, ARCHIVIST, 0),
  ROW (customer_file_view, ARCHIVIST | SUPERVISOR | MANAGER, 0),
  ROW (customer_file_reveal_identity, 0, HK_ROLE_ALL),
  ROW (customer_file_read_access_log, ARCHIVIST | SUPERVISOR | MANAGER | AUDITOR, 0),
  ROW (customer_file_record_export, ARCHIVIST | SUPERVISOR | MANAGER | AUDITOR, 0),
  ROW (access_request_create, HK_ROLE_ALL, 0),
  ROW (access_request_approve, SUPERVISOR | MANAGER, 0),
  ROW (access_request_reject, SUPERVISOR | MANAGER, 0),
  ROW (access_request_record_paper_approval, ARCHIVIST, 0),
  ROW (access_request_release, ARCHIVIST, 0),
  ROW (access_request_return_file, ARCHIVIST, 0),
  ROW (recheck_record, ARCHIVIST, 0),
  ROW (complaint_add_category, SUPERVISOR | ADMIN, 0),
  ROW (complaint_set_category_active, SUPERVISOR | ADMIN, 0),
  ROW (complaint_register, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_assign, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_add_note, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_promise_callback, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_record_callback, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_resolve, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_close, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_reopen, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (complaint_sign_day, MANAGER, 0),
  ROW (service_log_save, OFFICER, 0),
  ROW (opinion_book_add, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (opinion_book_process, OFFICER | MANAGER | SUPERVISOR, 0),
  ROW (repair_intake, TECHNICIAN, 0),
  ROW (repair_set_status, TECHNICIAN, 0),
  ROW (repair_dispatch, TECHNICIAN, 0),
  ROW (repair_return_from_city, TECHNICIAN, 0),
  ROW (repair_add_fee, TECHNICIAN, 0),
  ROW (repair_use_part, TECHNICIAN, 0),
  ROW (repair_void_fee, TECHNICIAN, 0),
  ROW (repair_record_callback, TECHNICIAN, 0),
  ROW (repair_hand_over, TECHNICIAN, 0),
  ROW (repair_part_add, TECHNICIAN, 0),
  ROW (repair_part_receive, TECHNICIAN, 0),
  ROW (repair_part_count, TECHNICIAN | MANAGER, 0),
  ROW (analysis_save_comment, SUPERVISOR | MANAGER, 0),
  ROW (analysis_set_on_time_target, SUPERVISOR | ADMIN, 0),
  ROW (card_stock_add_type, SUPERVISOR, 0),
  ROW (card_stock_request, SUPERVISOR, 0),
  ROW (card_stock_receive, SUPERVISOR, 0),
  ROW (card_stock_close_requisition, SUPERVISOR, 0),
  ROW (card_stock_allocate, SUPERVISOR, 0),
  ROW (card_stock_return, SUPERVISOR, 0),
  ROW (card_stock_record_sale, AUDITOR, CLERK),
  ROW (card_stock_hand_over, CLERK, 0),
  ROW (card_stock_explain, SUPERVISOR, CLERK),
  ROW (card_stock_acknowledge, 0, CLERK),
  ROW (number_pool_add_range, SUPERVISOR, 0),
  ROW (number_pool_set_class, SUPERVISOR, 0),
  ROW (number_pool_reserve, CLERK | SUPERVISOR, 0),
  ROW (number_pool_release, CLERK | SUPERVISOR, 0),
  ROW (number_pool_return, SUPERVISOR, 0),
  ROW (cheque_set_deadline_days, SUPERVISOR | ADMIN, 0),
  ROW (cheque_set_details, AUDITOR, CLERK),
  ROW (cheque_endorse, AUDITOR, 0),
  ROW (cheque_clear, AUDITOR, 0),
  ROW (cheque_bounce, AUDITOR, 0),
  ROW (cheque_resolve, AUDITOR, 0),
  ROW (cheque_clear_payer, AUDITOR, 0),
  ROW (bank_record_deposit, AUDITOR, 0),
  ROW (bank_record_from_reports, AUDITOR, 0),
  ROW (bank_cancel_deposit, AUDITOR, 0),
  ROW (bank_import_statement, AUDITOR, 0),
  ROW (bank_auto_match, AUDITOR, 0),
  ROW (bank_match, AUDITOR, 0),
  ROW (bank_unmatch, AUDITOR, 0),
  ROW (bank_set_book_opening, AUDITOR, 0),
  ROW (duty_save_log, MANAGER | SUPERVISOR, 0),
  ROW (duty_sign_log, MANAGER | SUPERVISOR, 0),
  ROW (duty_acknowledge_log, MANAGER | SUPERVISOR, 0),
  ROW (duty_add_remark, MANAGER | SUPERVISOR, 0),
  ROW (duty_record_briefing, MANAGER | SUPERVISOR, 0),
  ROW (duty_add_checklist_item, SUPERVISOR | ADMIN, 0),
  ROW (duty_set_checklist_item_active, SUPERVISOR | ADMIN, 0),
  ROW (duty_record_safety_check, MANAGER | SUPERVISOR, 0),
  ROW (duty_report_fault, MANAGER | SUPERVISOR, 0),
  ROW (duty_fix_fault, MANAGER | SUPERVISOR, 0),
  ROW (duty_record_incident, MANAGER | SUPERVISOR, 0),
  ROW (duty_report_incident, MANAGER, 0),
  ROW (duty_set_cleaning_task, SUPERVISOR | ADMIN, 0),
  ROW (duty_record_cleaning_round, MANAGER | SUPERVISOR, 0),
  ROW (duty_record_cash_escort, MANAGER | SUPERVISOR, 0),
  ROW (duty_link_cash_escort_deposit, AUDITOR | MANAGER | SUPERVISOR, 0),
  ROW (duty_record_training, SUPERVISOR, 0),
  ROW (duty_record_assessment, SUPERVISOR, 0),
  ROW (duty_record_demand, CLERK | MANAGER | SUPERVISOR, 0),
};

/* The demo hall (three days of work), with one operator per role who holds only that role. */
static void
matrix_setup (Matrix *m)
{
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (&m->hall, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_true (hk_demo_populate (m->hall.context, 3, &error));
  g_assert_no_error (error);

  /* A demo clerk at work today, whose open shift and receipts are not the matrix's clerk's. */
  {
    g_autoptr(HkOperator) clerk = demo_operator (m, "wangfang");
    g_autoptr(HkShift) shift = hk_shift_store_open (STORE (shift), clerk, 50000, &error);

    g_assert_no_error (error);
    g_assert_nonnull (shift);
  }

  /* The demo duty manager's signed log of the matrix's duty day, early shift: not the matrix
   * duty manager's own, so theirs to acknowledge. */
  {
    g_autoptr(HkOperator) manager = demo_operator (m, "zhengwei");
    g_autofree char *day = duty_day (m);
    HkDutyLogInput input = { .staff_on_duty = "王芳", .notable_events = "Busy at noon." };
    g_autoptr(HkDutyLog) saved = NULL;
    g_autoptr(HkDutyLog) signed_log = NULL;

    saved = hk_duty_store_save_log (STORE (duty), manager, day, HK_DUTY_SHIFT_EARLY, &input,
                                    &error);
    g_assert_no_error (error);
    signed_log = hk_duty_store_sign_log (STORE (duty), manager, day, HK_DUTY_SHIFT_EARLY, &error);
    g_assert_no_error (error);
    g_assert_nonnull (signed_log);
  }

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      g_autofree char *login = g_strdup_printf ("mx-%s", hk_role_to_id (hk_role_nth (i)));
      m->by_role[i] = hk_test_hall_insert_operator (&m->hall, login, hk_role_nth (i));
    }
}

static void
matrix_teardown (Matrix *m)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    g_clear_object (&m->by_role[i]);
  hk_test_hall_teardown (&m->hall);
}

static gint64
total_changes (Matrix *m)
{
  return sqlite3_total_changes64 (hk_database_get_handle (m->hall.db.database));
}

/* A refusal: the permission error, and its audit entry (the entry and the chain's head) all
 * that it wrote, not even a write rolled back (SQLite counts those too). */
static void
assert_refused_alone (Matrix     *m,
                      HkOperator *actor,
                      gint64      changes_before,
                      gint64      denied_before,
                      GError     *error)
{
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_cmpint (total_changes (m) - changes_before, ==, 2);
  g_assert_cmpint (hk_test_count_audit (m->hall.db.database, "permission-denied"), ==,
                   denied_before + 1);
  g_assert_cmpint (hk_test_query_int (m->hall.db.database,
                                      "SELECT operator_id FROM audit_log"
                                      " ORDER BY seq DESC LIMIT 1"), ==,
                   hk_operator_get_id (actor));
}

/* Every cell: an allowed call succeeds or fails for another reason than its role; a refused one
 * fails with HK_ERROR_PERMISSION, and its "permission-denied" audit entry (the entry and the
 * chain's head) is all that it wrote. */
static void
test_cells (gconstpointer data)
{
  Matrix m = { 0 };
  guint n_cells = 0;
  guint n_refused = 0;
  guint n_succeeded = 0;

  matrix_setup (&m);

  for (guint r = 0; r < G_N_ELEMENTS (matrix); r++)
    for (guint i = 0; i < HK_N_ROLES; i++)
      {
        const MatrixRow *row = &matrix[r];
        HkOperator *actor = m.by_role[i];
        gboolean allowed = (row->allowed & hk_role_nth (i)) != 0;
        g_autoptr(GError) error = NULL;
        gint64 changes_before = total_changes (&m);
        gint64 denied_before = hk_test_count_audit (m.hall.db.database, "permission-denied");
        gboolean ok;

        ok = row->call (&m, actor, &error);
        g_assert_false (hk_database_in_transaction (m.hall.db.database));
        n_cells++;

        if (allowed)
          {
            if (!ok && g_error_matches (error, HK_ERROR, HK_ERROR_PERMISSION))
              g_error ("%s as %s: refused (%s), but the matrix allows it", row->operation,
                       hk_role_to_id (hk_role_nth (i)), error->message);
            if (ok)
              n_succeeded++;
            else
              g_test_message ("%s as %s: allowed, failed: %s", row->operation,
                              hk_role_to_id (hk_role_nth (i)), error->message);
            continue;
          }

        if (ok || !g_error_matches (error, HK_ERROR, HK_ERROR_PERMISSION))
          g_error ("%s as %s: %s, but the matrix refuses it", row->operation,
                   hk_role_to_id (hk_role_nth (i)),
                   ok ? "done" : error->message);

        assert_refused_alone (&m, actor, changes_before, denied_before, error);
        n_refused++;
      }

  hk_test_assert_audit_ok (m.hall.db.database);
  g_test_message ("permission matrix: %u operations, %u cells checked, %u refused,"
                  " %u allowed and done", (guint)G_N_ELEMENTS (matrix), n_cells, n_refused,
                  n_succeeded);
  g_assert_cmpuint (n_cells, ==, G_N_ELEMENTS (matrix) * HK_N_ROLES);
  /* The allowed calls act on real records: most of them must have done their work. */
  g_assert_cmpuint (n_succeeded, >=, (n_cells - n_refused) / 2);

  matrix_teardown (&m);
}

/* Gives @login the administrator's role on top of @roles, as the database has them. */
static HkOperator *
make_administrator (Matrix     *m,
                    const char *login,
                    HkRoles     roles)
{
  g_autoptr(HkOperator) operator = demo_operator (m, login);
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GError) error = NULL;

  roles |= HK_ROLE_ADMINISTRATOR;
  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      if (!(roles & hk_role_nth (i)))
        continue;
      insert = hk_database_prepare (m->hall.db.database,
                                    "INSERT OR IGNORE INTO operator_roles (operator_id, role)"
                                    " VALUES (?1, ?2)", &error);
      g_assert_no_error (error);
      hk_statement_bind_int64 (insert, 1, hk_operator_get_id (operator));
      hk_statement_bind_text (insert, 2, hk_role_to_id (hk_role_nth (i)));
      g_assert_true (hk_statement_run (insert, &error));
      g_assert_no_error (error);
      g_clear_object (&insert);
    }

  return hk_test_hall_find_operator (&m->hall, login);
}

/* A clerk who is also an auditor and the administrator still cannot sign their own daily
 * report. */
static void
test_administrator_own_report (gconstpointer data)
{
  Matrix m = { 0 };
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  gint64 changes;
  gint64 denied;

  matrix_setup (&m);
  admin = make_administrator (&m, "zhangli", HK_ROLE_AUDITOR);
  g_assert_true (hk_operator_has_any_role (admin, HK_ROLE_ADMINISTRATOR));

  day = pick_text (&m, "SELECT max(d.business_day) FROM daily_reports d"
                       " JOIN operators o ON o.id = d.clerk_id WHERE o.login = 'zhangli'");
  g_assert_nonnull (day);
  changes = total_changes (&m);
  denied = hk_test_count_audit (m.hall.db.database, "permission-denied");
  report = hk_daily_report_store_sign (STORE_OF (&m, daily_report), admin,
                                       hk_operator_get_id (admin), day, "mine", &error);
  g_assert_null (report);
  assert_refused_alone (&m, admin, changes, denied, error);
  g_clear_error (&error);

  hk_test_assert_audit_ok (m.hall.db.database);
  matrix_teardown (&m);
}

/* The administrator who is also a supervisor cannot approve an archive request they made, nor
 * one in which they are the designated person. */
static void
test_administrator_own_request (gconstpointer data)
{
  Matrix m = { 0 };
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(HkOperator) designated = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) decided = NULL;
  g_autoptr(GError) error = NULL;
  gint64 file_id;
  gint64 now;
  gint64 changes;
  gint64 denied;

  matrix_setup (&m);
  admin = make_administrator (&m, "admin", HK_ROLE_SUPERVISOR);
  designated = demo_operator (&m, "sunhao");
  file_id = pick (&m, "SELECT min(id) FROM customer_files WHERE status = 'in-archive'");
  now = hk_database_get_now (m.hall.db.database);

  {
    HkAccessRequestInput input = { .file_ids = &file_id, .n_files = 1,
                                   .designated_id = hk_operator_get_id (designated),
                                   .purpose = HK_ACCESS_PURPOSE_COMPLAINT,
                                   .purpose_note = "a complaint about the contract",
                                   .window_from = now, .window_until = now + 24 * 3600 };
    request = hk_access_request_store_create (STORE_OF (&m, access_request), admin, &input,
                                              &error);
    g_assert_no_error (error);
  }

  changes = total_changes (&m);
  denied = hk_test_count_audit (m.hall.db.database, "permission-denied");
  decided = hk_access_request_store_approve (STORE_OF (&m, access_request), admin, request, NULL,
                                             &error);
  g_assert_null (decided);
  assert_refused_alone (&m, admin, changes, denied, error);
  g_clear_error (&error);

  /* Rejecting it is deciding it too. */
  changes = total_changes (&m);
  denied = hk_test_count_audit (m.hall.db.database, "permission-denied");
  decided = hk_access_request_store_reject (STORE_OF (&m, access_request), admin, request, "no",
                                            &error);
  g_assert_null (decided);
  assert_refused_alone (&m, admin, changes, denied, error);
  g_clear_error (&error);

  /* Another supervisor may. */
  {
    g_autoptr(HkOperator) other = demo_operator (&m, "liqiang");
    decided = hk_access_request_store_approve (STORE_OF (&m, access_request), other, request,
                                               NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (decided);
  }

  hk_test_assert_audit_ok (m.hall.db.database);
  matrix_teardown (&m);
}

/* The duty manager who signed a duty log cannot acknowledge it: the incoming one does. */
static void
test_duty_log_own_acknowledge (gconstpointer data)
{
  Matrix m = { 0 };
  g_autoptr(HkOperator) manager = NULL;
  g_autoptr(HkDutyLog) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  gint64 changes;
  gint64 denied;

  matrix_setup (&m);
  manager = demo_operator (&m, "zhengwei");
  day = duty_day (&m);

  changes = total_changes (&m);
  denied = hk_test_count_audit (m.hall.db.database, "permission-denied");
  log = hk_duty_store_acknowledge_log (STORE_OF (&m, duty), manager, day, HK_DUTY_SHIFT_EARLY,
                                       &error);
  g_assert_null (log);
  assert_refused_alone (&m, manager, changes, denied, error);
  g_clear_error (&error);

  /* Another duty manager may. */
  {
    g_autoptr(HkOperator) other = demo_operator (&m, "liqiang");
    log = hk_duty_store_acknowledge_log (STORE_OF (&m, duty), other, day, HK_DUTY_SHIFT_EARLY,
                                         &error);
    g_assert_no_error (error);
    g_assert_nonnull (log);
    g_assert_cmpint (hk_duty_log_get_status (log), ==, HK_DUTY_LOG_ACKNOWLEDGED);
  }

  hk_test_assert_audit_ok (m.hall.db.database);
  matrix_teardown (&m);
}

/* The table of docs/roles.md, one line per operation: "allowed", "own" or "—" per role. */
static char *
render_matrix (void)
{
  GString *out = g_string_new ("| operation |");

  for (guint i = 0; i < HK_N_ROLES; i++)
    g_string_append_printf (out, " %s |", hk_role_to_id (hk_role_nth (i)));
  g_string_append (out, "\n|---|");
  for (guint i = 0; i < HK_N_ROLES; i++)
    g_string_append (out, ":-:|");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < G_N_ELEMENTS (matrix); r++)
    {
      g_string_append_printf (out, "| `%s` |", matrix[r].operation);
      for (guint i = 0; i < HK_N_ROLES; i++)
        {
          HkRoles role = hk_role_nth (i);
          g_string_append (out, (matrix[r].allowed & role) ? " yes |"
                                : (matrix[r].own_only & role) ? " own |" : " — |");
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static void
test_docs (void)
{
  g_autofree char *path = g_build_filename (HK_TEST_SOURCE_ROOT, "docs", "roles.md", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *table = render_matrix ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  if (strstr (contents, table) == NULL)
    g_error ("docs/roles.md does not hold the matrix of this test; run "
             "“test-permission-matrix --print-matrix” and paste its table:\n%s", table);
}

int
main (int argc, char **argv)
{
  if (argc == 2 && g_str_equal (argv[1], "--print-matrix"))
    {
      g_autofree char *table = render_matrix ();
      /* As UTF-8 bytes, whatever the locale: the table goes into a Markdown file. */
      fputs (table, stdout);
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/permission-matrix/cells", NULL, test_cells);
  g_test_add_data_func ("/permission-matrix/administrator-own-report", NULL,
                        test_administrator_own_report);
  g_test_add_data_func ("/permission-matrix/administrator-own-request", NULL,
                        test_administrator_own_request);
  g_test_add_data_func ("/permission-matrix/duty-log-own-acknowledge", NULL,
                        test_duty_log_own_acknowledge);
  g_test_add_func ("/permission-matrix/docs", test_docs);

  return g_test_run ();
}
