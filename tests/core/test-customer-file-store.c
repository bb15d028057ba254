/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-customer-file-store.c: customer files: registered by the archivist, identity data masked
 * in every item and log line, found by file number, service number or the last four characters
 * of the identity number (through an index), opened and read only with a row in the access log,
 * which is the hash-chained audit log and shows any tampering. */

#include "config.h"

#include <string.h>

#include "core/hk-access-request-store.h"
#include "core/hk-audit-log.h"
#include "core/hk-customer-file-store-private.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2026-10-12 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1791770400)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define TODAY "2026-10-12"

#define ID_A "330106198503121231"
#define ID_A_MASKED "330***********1231"
#define ID_B "11010519491231002X"
#define PHONE_A "13812345678"
#define PHONE_A_MASKED "138****5678"
#define NUMBER_A "13912340001"

typedef struct
{
  HkTestHall           hall;
  HkCustomerFileStore *files;
  HkOperator          *archivist;
  HkCustomerFile      *file_a;
} Fixture;

static void
on_changed_cb (HkCustomerFileStore *store,
               gint64               file_id,
               Fixture             *fixture)
{
  fixture->hall.n_changed++;
}

static HkCustomerFileInput
input_for (const char          *file_no,
           const char          *id_number,
           const char          *phone,
           const char * const  *numbers)
{
  HkCustomerFileInput input = {
    .file_no = file_no, .customer_name = "张三", .id_number = id_number, .phone = phone,
    .service_numbers = numbers, .kind = HK_FILE_KIND_ACCOUNT_OPENING, .cabinet = "A",
    .shelf = "03", .box = "12", .received_on = "2026-03-01", .retain_until = "2031-03-01",
  };

  return input;
}

static HkCustomerFile *
register_file (Fixture                   *fixture,
               const HkCustomerFileInput *input)
{
  g_autoptr(GError) error = NULL;
  HkCustomerFile *file;

  file = hk_customer_file_store_register (fixture->files, fixture->archivist, input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);

  return file;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  const char *numbers[] = { "139-1234-0001", "13912340009", NULL };
  HkCustomerFileInput input = input_for ("DA-2026-0001", ID_A, PHONE_A, numbers);
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, TODAY);
  fixture->files = hk_context_get_customer_file_store (hall->context);

  fixture->archivist = hk_test_hall_insert_operator (hall, "zhouqing", HK_ROLE_ARCHIVIST);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);

  fixture->file_a = register_file (fixture, &input);

  g_signal_connect (fixture->files, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->file_a);
  g_clear_object (&fixture->archivist);
  hk_test_hall_teardown (&fixture->hall);
}

/* No audit summary holds the identity number, the phone or a service number in clear. */
static void
assert_nothing_in_clear (Fixture *fixture)
{
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM audit_log WHERE summary LIKE '%"
                                      ID_A "%' OR summary LIKE '%" PHONE_A "%'"
                                      " OR summary LIKE '%" NUMBER_A "%'"
                                      " OR summary LIKE '%" ID_B "%'"), ==, 0);
}

static GPtrArray *
search (Fixture    *fixture,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found;

  found = hk_customer_file_store_search (fixture->files, text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);

  return found;
}

/* ---- registering ---- */

/* A Chinese input method types full-width digits (and Ｘ): the identity number, the phone and
 * the service numbers read them as digits, are stored in ASCII and found by either. */
static void
test_register_full_width (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *numbers[] = { "１３９－１２３４－０００２", NULL };
  HkCustomerFileInput input = input_for ("DA-2", "１１０１０５１９４９１２３１００２Ｘ",
                                         "１３７０００００００１", numbers);
  HkCustomerFileInput bad = input_for ("DA-3", ID_A, "１３７ａ", NULL);
  g_autoptr(HkCustomerFile) file = register_file (fixture, &input);
  g_autoptr(GPtrArray) by_ascii = NULL;
  g_autoptr(GPtrArray) by_full_width = NULL;
  g_autoptr(GError) error = NULL;
  HkCustomerFile *refused;

  g_assert_cmpstr (hk_customer_file_get_masked_id_number (file), ==, "110***********002X");
  g_assert_cmpstr (hk_customer_file_get_masked_phone (file), ==, "137****0001");
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM customer_files WHERE id_number = '"
                                      ID_B "' AND phone = '13700000001'"), ==, 1);

  by_ascii = search (fixture, "13912340002");
  by_full_width = search (fixture, "１３９１２３４０００２");
  g_assert_cmpuint (by_ascii->len, ==, 1);
  g_assert_cmpuint (by_full_width->len, ==, 1);

  /* Folding does not make a letter a digit. */
  refused = hk_customer_file_store_register (fixture->files, fixture->archivist, &bad, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  HkCustomerFile *file = fixture->file_a;
  const char * const *numbers = hk_customer_file_get_masked_service_numbers (file);
  g_autofree char *joined = hk_customer_file_dup_masked_service_numbers (file);
  g_autofree char *stored = NULL;
  g_autofree char *masked_property = NULL;

  g_assert_cmpint (hk_customer_file_get_id (file), >, 0);
  g_assert_cmpstr (hk_customer_file_get_file_no (file), ==, "DA-2026-0001");
  g_assert_cmpstr (hk_customer_file_get_customer_name (file), ==, "张三");
  g_assert_cmpint (hk_customer_file_get_kind (file), ==, HK_FILE_KIND_ACCOUNT_OPENING);
  g_assert_cmpstr (hk_customer_file_get_location (file), ==, "A-03-12");
  g_assert_cmpstr (hk_customer_file_get_received_on (file), ==, "2026-03-01");
  g_assert_cmpstr (hk_customer_file_get_retain_until (file), ==, "2031-03-01");
  g_assert_cmpint (hk_customer_file_get_status (file), ==, HK_FILE_IN_ARCHIVE);
  g_assert_cmpint (hk_customer_file_get_registered_at (file), ==, T0);
  g_assert_cmpint (hk_customer_file_get_registered_by (file), ==,
                   hk_operator_get_id (fixture->archivist));

  /* Masked in the item, which never holds them in clear. */
  g_assert_cmpstr (hk_customer_file_get_masked_id_number (file), ==, ID_A_MASKED);
  g_assert_cmpstr (hk_customer_file_get_masked_phone (file), ==, PHONE_A_MASKED);
  g_assert_cmpuint (g_strv_length ((GStrv)numbers), ==, 2);
  g_assert_cmpstr (numbers[0], ==, "139****0001");
  g_assert_cmpstr (numbers[1], ==, "139****0009");
  g_assert_cmpstr (joined, ==, "139****0001, 139****0009");
  g_object_get (file, "masked-id-number", &masked_property, NULL);
  g_assert_cmpstr (masked_property, ==, ID_A_MASKED);

  /* Whole in the database, with the dashes of the service number gone. */
  stored = hk_test_query_text (fixture->hall.db.database,
                               "SELECT id_number || '|' || id_tail || '|' || phone || '|' ||"
                               " (SELECT group_concat (number) FROM customer_file_numbers)"
                               " FROM customer_files");
  g_assert_cmpstr (stored, ==, ID_A "|1231|" PHONE_A "|" NUMBER_A ",13912340009");

  hk_test_hall_assert_last_audit (&fixture->hall, "file-registered", fixture->archivist,
                                  "customer-file", hk_customer_file_get_id (file), ID_A_MASKED);
  assert_nothing_in_clear (fixture);
}

static void
test_register_refusals (Fixture       *fixture,
                        gconstpointer  data)
{
  const struct
  {
    HkCustomerFileInput  input;
    int                  code;
    const char          *fragment;
  } cases[] = {
    /* The check digit of ID_A is 1, not 2. */
    { input_for ("DA-2", "330106198503121232", NULL, NULL), HK_ERROR_INVALID,
      "identity number is not valid" },
    { input_for ("DA-2", "33010619850312", NULL, NULL), HK_ERROR_INVALID, "not valid" },
    { input_for ("DA-2", ID_B, "12ab", NULL), HK_ERROR_INVALID, "phone number is not valid" },
    { input_for ("DA-2", ID_B, NULL, (const char *[]) { "x", NULL }), HK_ERROR_INVALID,
      "service number is not valid" },
    { input_for (" ", ID_B, NULL, NULL), HK_ERROR_INVALID, "file number" },
    { input_for ("DA 2", ID_B, NULL, NULL), HK_ERROR_INVALID, "no spaces" },
    { input_for ("DA-2026-0001", ID_B, NULL, NULL), HK_ERROR_CONFLICT, "already" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_customer_file_store_register (fixture->files, fixture->archivist,
                                                      &cases[i].input, &error));
      hk_test_assert_error (error, cases[i].code, cases[i].fragment);
      /* The number typed is never in a message. */
      g_assert_null (strstr (error->message, "33010619850312"));
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  /* Dates. */
  {
    HkCustomerFileInput input = input_for ("DA-2", ID_B, NULL, NULL);
    const char *days[][3] = {
      { "2026-10-13", "2031-01-01", "after today" },
      { "2026-03-01", "2026-02-28", "at least until" },
      { "2026-02-30", "2031-01-01", "not a date" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (days); i++)
      {
        g_autoptr(GError) error = NULL;
        HkTestHallBefore before;

        input.received_on = days[i][0];
        input.retain_until = days[i][1];
        hk_test_hall_remember (&fixture->hall, &before);
        g_assert_null (hk_customer_file_store_register (fixture->files, fixture->archivist,
                                                        &input, &error));
        hk_test_assert_error (error, HK_ERROR_INVALID, days[i][2]);
        hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      }
  }

  /* Only the archivist registers files. */
  {
    HkCustomerFileInput input = input_for ("DA-2", ID_B, NULL, NULL);
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_customer_file_store_register (fixture->files, fixture->hall.supervisor,
                                                    &input, &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "Archivist");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }
}

/* ---- searching ---- */

static void
add_more_files (Fixture *fixture)
{
  const char *numbers_b[] = { "13700001111", NULL };
  /* A 15-digit first-generation card ending like ID_A: both are found by 1231. */
  HkCustomerFileInput b = input_for ("DA-2026-0002", ID_B, NULL, numbers_b);
  HkCustomerFileInput c = input_for ("DB-2025-0100", "330106850311231", NULL, NULL);

  g_object_unref (register_file (fixture, &b));
  g_object_unref (register_file (fixture, &c));
}

static void
assert_found (GPtrArray  *found,
              const char *expected)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (numbers, "%s%s", i > 0 ? " " : "",
                            hk_customer_file_get_file_no (g_ptr_array_index (found, i)));

  g_assert_cmpstr (numbers->str, ==, expected);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { NULL, "DA-2026-0001 DA-2026-0002 DB-2025-0100" },
    { "", "DA-2026-0001 DA-2026-0002 DB-2025-0100" },
    /* File numbers, whole or their beginning, in either case. */
    { "DA-2026-0002", "DA-2026-0002" },
    { " da-2026 ", "DA-2026-0001 DA-2026-0002" },
    { "DB", "DB-2025-0100" },
    /* Service numbers, as typed. */
    { "13700001111", "DA-2026-0002" },
    { "139 1234 0009", "DA-2026-0001" },
    { "1370000111", "" },
    /* The last four characters of the identity number, an X in either case. */
    { "1231", "DA-2026-0001 DB-2025-0100" },
    { "002x", "DA-2026-0002" },
    /* More or fewer than the four the mask shows find nothing: no guessing hidden digits. */
    { "121231", "" },
    { "231", "" },
    { "9999", "" },
  };

  add_more_files (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = search (fixture, cases[i].text);

      assert_found (found, cases[i].expected);

      /* Search results are masked. */
      for (guint j = 0; j < found->len; j++)
        g_assert_nonnull (strstr (hk_customer_file_get_masked_id_number (
                                    g_ptr_array_index (found, j)), "****"));
    }
}

/* The plan of @sql as SQLite would run it, one line per step. */
static char *
query_plan (Fixture    *fixture,
            const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3 *handle = hk_database_get_handle (fixture->hall.db.database);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *)sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&plan), FALSE);
}

static void
test_search_uses_indexes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *tail = query_plan (fixture, HK_CUSTOMER_FILE_ID_TAIL_SQL);
  g_autofree char *number = query_plan (fixture, HK_CUSTOMER_FILE_SERVICE_NUMBER_SQL);
  g_autofree char *prefix = query_plan (fixture, HK_CUSTOMER_FILE_NUMBER_PREFIX_SQL);

  /* The last digits are looked up in their index: no row's identity number is read. */
  g_assert_nonnull (strstr (tail, "SEARCH f USING INDEX customer_files_id_tail (id_tail=?)"));
  g_assert_null (strstr (tail, "SCAN f"));
  g_assert_nonnull (strstr (number, "customer_file_numbers_number (number=?)"));
  g_assert_null (strstr (number, "SCAN f"));
  g_assert_nonnull (strstr (prefix, "USING INDEX sqlite_autoindex_customer_files_1"));
  g_assert_null (strstr (prefix, "SCAN f"));
}

/* ---- changing ---- */

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  const char *numbers[] = { "13912340009", NULL };
  HkCustomerFileInput input = input_for ("DA-2026-0001", NULL, NULL, NULL);
  g_autoptr(HkCustomerFile) moved = NULL;
  g_autoptr(HkCustomerFile) corrected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  HkTestHallBefore before;

  /* A new place; the identity data, which the archivist never sees, is kept. */
  input.cabinet = "B";
  moved = hk_customer_file_store_update (fixture->files, fixture->archivist, fixture->file_a,
                                         &input, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_customer_file_get_location (moved), ==, "B-03-12");
  g_assert_cmpstr (hk_customer_file_get_masked_id_number (moved), ==, ID_A_MASKED);
  g_assert_cmpstr (hk_customer_file_get_masked_phone (moved), ==, PHONE_A_MASKED);
  g_assert_cmpuint (g_strv_length ((GStrv)hk_customer_file_get_masked_service_numbers (moved)),
                    ==, 2);
  hk_test_hall_assert_last_audit (&fixture->hall, "file-updated", fixture->archivist,
                                  "customer-file", hk_customer_file_get_id (moved),
                                  "location A-03-12 -> B-03-12");

  /* A corrected identity number replaces the stored one; the log shows both masked. */
  input.id_number = ID_B;
  input.phone = "";
  input.service_numbers = numbers;
  corrected = hk_customer_file_store_update (fixture->files, fixture->archivist, moved, &input,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_customer_file_get_masked_id_number (corrected), ==, "110***********002X");
  g_assert_cmpstr (hk_customer_file_get_masked_phone (corrected), ==, "");
  hk_test_hall_assert_last_audit (&fixture->hall, "file-updated", fixture->archivist,
                                  "customer-file", hk_customer_file_get_id (moved),
                                  "ID " ID_A_MASKED " -> 110***********002X; phone "
                                  PHONE_A_MASKED " -> (none); service numbers replaced (1 now)");
  stored = hk_test_query_text (fixture->hall.db.database,
                               "SELECT id_tail || '|' || coalesce (phone, '-')"
                               " FROM customer_files");
  g_assert_cmpstr (stored, ==, "002X|-");
  assert_nothing_in_clear (fixture);

  /* Nothing to change, nothing written. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_update (fixture->files, fixture->archivist, corrected,
                                                &input, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "Nothing was changed");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

static void
test_leave_archive (Fixture       *fixture,
                    gconstpointer  data)
{
  HkCustomerFileInput input = input_for ("DA-2026-0002", ID_B, NULL, NULL);
  g_autoptr(HkCustomerFile) file_b = NULL;
  g_autoptr(HkCustomerFile) transferred = NULL;
  g_autoptr(HkCustomerFile) destroyed = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  input.retain_until = TODAY;
  file_b = register_file (fixture, &input);

  /* Kept until today: not destroyed today. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_destroy (fixture->files, fixture->archivist, file_b,
                                                 "XH-2026-01", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "must be kept until " TODAY);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Tomorrow it is, with the record's number, and it stays destroyed. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_destroy (fixture->files, fixture->archivist, file_b,
                                                 " ", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "destruction record");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  destroyed = hk_customer_file_store_destroy (fixture->files, fixture->archivist, file_b,
                                              "XH-2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_customer_file_get_status (destroyed), ==, HK_FILE_DESTROYED);
  g_assert_cmpint (hk_customer_file_get_status_at (destroyed), ==, T0 + DAY);
  g_assert_cmpint (hk_customer_file_get_status_by (destroyed), ==,
                   hk_operator_get_id (fixture->archivist));
  g_assert_cmpstr (hk_customer_file_get_status_note (destroyed), ==, "XH-2026-01");
  hk_test_hall_assert_last_audit (&fixture->hall, "file-destroyed", fixture->archivist,
                                  "customer-file", hk_customer_file_get_id (file_b),
                                  "XH-2026-01");

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_update (fixture->files, fixture->archivist, destroyed,
                                                &input, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "left the archive");
  g_clear_error (&error);
  g_assert_null (hk_customer_file_store_transfer (fixture->files, fixture->archivist, destroyed,
                                                  "YJ-1", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "left the archive already");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* The other file goes to the city company. */
  transferred = hk_customer_file_store_transfer (fixture->files, fixture->archivist,
                                                 fixture->file_a, "YJ-2026-003", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_customer_file_get_status (transferred), ==, HK_FILE_TRANSFERRED);
  hk_test_hall_assert_last_audit (&fixture->hall, "file-transferred", fixture->archivist,
                                  "customer-file", hk_customer_file_get_id (fixture->file_a),
                                  "to the city company: YJ-2026-003");

  /* Neither comes back, whatever writes to the file. */
  {
    sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);
    char *message = NULL;

    g_assert_cmpint (sqlite3_exec (raw, "UPDATE customer_files SET status = 'in-archive'",
                                   NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
    sqlite3_free (message);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM customer_files", NULL, NULL, &message), ==,
                     SQLITE_CONSTRAINT);
    sqlite3_free (message);
    sqlite3_close (raw);
  }
}

/* ---- the access log ---- */

static void
test_view (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkCustomerFile) viewed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 file_id = hk_customer_file_get_id (fixture->file_a);
  HkTestHallBefore before;

  viewed = hk_customer_file_store_view (fixture->files, fixture->hall.supervisor, file_id,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_customer_file_get_masked_id_number (viewed), ==, ID_A_MASKED);
  hk_test_hall_assert_last_audit (&fixture->hall, "file-viewed", fixture->hall.supervisor,
                                  "customer-file", file_id,
                                  "viewed the details of file DA-2026-0001");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "file-viewed"), ==, 1);

  /* A clerk has no business with the archive's files. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_view (fixture->files, fixture->hall.clerk, file_id,
                                              &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Opening a customer file");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "file-viewed"), ==, 1);

  /* The file's history shows who tried. */
  hk_test_hall_assert_last_audit (&fixture->hall, "permission-denied", fixture->hall.clerk,
                                  "customer-file", file_id, "Opening a customer file");
}

static void
test_access_log (Fixture       *fixture,
                 gconstpointer  data)
{
  HkAccessRequestStore *requests = hk_context_get_access_request_store (fixture->hall.context);
  HkAccessLogQuery everything = { 0 };
  HkAccessLogQuery today = { T0 - 10 * HOUR, T0 + 14 * HOUR, 0, 0 };
  HkAccessLogQuery of_file = { 0, 0, hk_customer_file_get_id (fixture->file_a), 0 };
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "file-registered", "file-viewed", "access-requested",
                             "access-log-read" };
  HkTestHallBefore before;
  gint64 file_id = hk_customer_file_get_id (fixture->file_a);

  g_object_unref (hk_customer_file_store_view (fixture->files, fixture->archivist, file_id,
                                               &error));
  g_assert_no_error (error);
  {
    HkAccessRequestInput input = {
      .file_ids = &file_id, .n_files = 1,
      .designated_id = hk_operator_get_id (fixture->hall.clerk),
      .purpose = HK_ACCESS_PURPOSE_AUDIT, .purpose_note = "稽核",
      .window_from = T0, .window_until = T0 + HOUR,
    };

    request = hk_access_request_store_create (requests, fixture->hall.clerk, &input, &error);
    g_assert_no_error (error);
  }

  /* The auditor reads today's access log: the reading is its last row. */
  hk_database_set_now (fixture->hall.db.database, T0 + 60);
  entries = hk_customer_file_store_read_access_log (fixture->files, fixture->hall.auditor,
                                                    &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < entries->len; i++)
    {
      HkAccessLogEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpstr (hk_access_log_entry_get_action (entry), ==, expected[i]);
    }
  {
    HkAccessLogEntry *registered = g_ptr_array_index (entries, 0);
    HkAccessLogEntry *asked = g_ptr_array_index (entries, 2);
    HkAccessLogEntry *read = g_ptr_array_index (entries, 3);

    g_assert_cmpstr (hk_access_log_entry_get_file_no (registered), ==, "DA-2026-0001");
    g_assert_cmpint (hk_access_log_entry_get_file_id (registered), ==, file_id);
    g_assert_cmpstr (hk_access_log_entry_get_operator_login (registered), ==, "zhouqing");
    g_assert_cmpstr (hk_access_log_entry_get_operator_name (registered), ==, "zhouqing");
    g_assert_cmpint (hk_access_log_entry_get_at (registered), ==, T0);
    g_assert_cmpstr (hk_access_log_entry_get_action_title (registered), ==, "File registered");
    g_assert_cmpint (hk_access_log_entry_get_request_id (asked), ==,
                     hk_access_request_get_id (request));
    g_assert_null (hk_access_log_entry_get_file_no (asked));
    g_assert_cmpint (hk_access_log_entry_get_operator_id (read), ==,
                     hk_operator_get_id (fixture->hall.auditor));
    g_assert_cmpint (hk_access_log_entry_get_at (read), ==, T0 + 60);
    g_assert_cmpstr (hk_access_log_entry_get_summary (read), ==,
                     "read the access log, 2026-10-12 to 2026-10-12");
  }
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* A file's history holds its request too; reading it is another row, about the file. */
  entries = hk_customer_file_store_read_access_log (fixture->files, fixture->archivist, &of_file,
                                                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_cmpstr (hk_access_log_entry_get_action (g_ptr_array_index (entries, 3)), ==,
                   "access-log-read");
  hk_test_hall_assert_last_audit (&fixture->hall, "access-log-read", fixture->archivist,
                                  "customer-file", file_id, "of file DA-2026-0001");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Everything: both readings are there. */
  entries = hk_customer_file_store_read_access_log (fixture->files, fixture->hall.supervisor,
                                                    &everything, &error);
  g_assert_cmpuint (entries->len, ==, 6);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* A clerk reads no access log; the refusal is logged, nothing else. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_customer_file_store_read_access_log (fixture->files, fixture->hall.clerk,
                                                         &everything, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "access log");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  /* An export is a row too. */
  g_assert_true (hk_customer_file_store_record_export (fixture->files, fixture->hall.auditor,
                                                       "access-log", "2026-10",
                                                       "/tmp/somewhere/access-2026-10.xlsx",
                                                       &error));
  g_assert_no_error (error);
  hk_test_hall_assert_last_audit (&fixture->hall, "archive-exported", fixture->hall.auditor,
                                  "archive", 0,
                                  "exported the access-log of 2026-10 to access-2026-10.xlsx");
}

/* Changes an audit entry of the access log with raw SQL, as someone with the file and the
 * sqlite3 tool would: the triggers are dropped first, the chain still shows it. */
static void
test_access_log_tampering (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkDatabase) reopened = NULL;
  gint64 file_id = hk_customer_file_get_id (fixture->file_a);
  gint64 seq;
  gint64 n_checked = 0;
  gint64 first_bad = 0;
  g_autofree char *sql = NULL;
  sqlite3 *raw;
  char *message = NULL;

  g_object_unref (hk_customer_file_store_view (fixture->files, fixture->hall.supervisor, file_id,
                                               &error));
  g_assert_no_error (error);
  g_object_unref (hk_customer_file_store_view (fixture->files, fixture->archivist, file_id,
                                               &error));
  g_assert_no_error (error);
  hk_test_assert_audit_ok (fixture->hall.db.database);

  seq = hk_test_query_int (fixture->hall.db.database,
                           "SELECT min (seq) FROM audit_log WHERE action = 'file-viewed'");

  /* The triggers refuse an edit. */
  raw = hk_test_raw_open (fixture->hall.db.path);
  g_assert_cmpint (sqlite3_exec (raw, "UPDATE audit_log SET operator_login = 'zhouqing'"
                                      " WHERE action = 'file-viewed'", NULL, NULL, &message), ==,
                   SQLITE_CONSTRAINT);
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM audit_log WHERE action = 'file-viewed'",
                                 NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
  sqlite3_free (message);
  sqlite3_close (raw);

  /* Without them, the supervisor's view is made to look like the archivist's. */
  sql = g_strdup_printf ("DROP TRIGGER audit_log_no_update;"
                         " UPDATE audit_log SET operator_login = 'zhouqing', operator_id = %lld"
                         " WHERE seq = %lld",
                         (long long)hk_operator_get_id (fixture->archivist), (long long)seq);
  hk_test_raw_exec (fixture->hall.db.path, sql);

  reopened = hk_database_open (fixture->hall.db.path, &error);
  g_assert_no_error (error);
  g_assert_false (hk_audit_log_verify (reopened, &n_checked, &first_bad, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_AUDIT_CHAIN);
  g_assert_cmpint (first_bad, ==, seq);
  g_assert_cmpint (n_checked, ==, seq - 1);
  g_clear_error (&error);
  g_clear_object (&reopened);

  /* Put back, the chain is whole again: the check looked at that very row. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE audit_log SET operator_login = 'liqiang', operator_id = %lld"
                         " WHERE seq = %lld",
                         (long long)hk_operator_get_id (fixture->hall.supervisor), (long long)seq);
  hk_test_raw_exec (fixture->hall.db.path, sql);
  hk_test_assert_audit_ok (fixture->hall.db.database);

  /* Deleting the row is found as well. */
  g_free (sql);
  sql = g_strdup_printf ("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log"
                         " WHERE seq = %lld", (long long)seq);
  hk_test_raw_exec (fixture->hall.db.path, sql);
  g_assert_false (hk_audit_log_verify (fixture->hall.db.database, NULL, &first_bad, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_AUDIT_CHAIN);
  g_assert_cmpint (first_bad, ==, seq);

  /* The teardown's check would fail now: the fixture's database is given up. */
  hk_test_raw_exec (fixture->hall.db.path, "DELETE FROM audit_log; UPDATE audit_head SET seq = 0,"
                    " hash = '0000000000000000000000000000000000000000000000000000000000000000'");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/customer-file-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("register", test_register);
  ADD ("register/refusals", test_register_refusals);
  ADD ("register/full-width", test_register_full_width);
  ADD ("search", test_search);
  ADD ("search/uses-indexes", test_search_uses_indexes);
  ADD ("update", test_update);
  ADD ("leave-archive", test_leave_archive);
  ADD ("view", test_view);
  ADD ("access-log", test_access_log);
  ADD ("access-log/tampering", test_access_log_tampering);

#undef ADD

  return g_test_run ();
}
