/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recheck-store.c: the re-check and error register: entries by the archivist, an error
 * with its cause and correction, never changed, and the monthly error counts by type. */

#include "config.h"

#include <string.h>

#include "core/hk-error.h"
#include "core/hk-recheck-store.h"
#include "hk-test-hall.h"

/* 2026-10-12 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1791770400)
#define DAY (24 * 60 * 60)
/* 2026-10-01 00:00 and 2026-11-01 00:00 there. */
#define OCTOBER G_GINT64_CONSTANT (1790784000)
#define NOVEMBER G_GINT64_CONSTANT (1793462400)

typedef struct
{
  HkTestHall           hall;
  HkCustomerFileStore *files;
  HkRecheckStore      *rechecks;
  HkOperator          *archivist;
  gint64               file_id;
} Fixture;

static void
on_changed_cb (HkRecheckStore *store,
               gint64          recheck_id,
               Fixture        *fixture)
{
  fixture->hall.n_changed++;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkCustomerFileInput input = {
    .file_no = "DA-2026-0001", .customer_name = "李四", .id_number = "330106199001018810",
    .kind = HK_FILE_KIND_REAL_NAME, .cabinet = "A", .shelf = "1", .box = "1",
    .received_on = "2026-01-05", .retain_until = "2036-01-05",
  };
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  fixture->files = hk_context_get_customer_file_store (hall->context);
  fixture->rechecks = hk_context_get_recheck_store (hall->context);
  fixture->archivist = hk_test_hall_insert_operator (hall, "zhouqing", HK_ROLE_ARCHIVIST);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);

  file = hk_customer_file_store_register (fixture->files, fixture->archivist, &input, &error);
  g_assert_no_error (error);
  fixture->file_id = hk_customer_file_get_id (file);

  g_signal_connect (fixture->rechecks, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->archivist);
  hk_test_hall_teardown (&fixture->hall);
}

static HkRecheck *
record (Fixture        *fixture,
        gint64          when,
        HkRecheckField  field,
        gboolean        error_found)
{
  HkRecheckInput input = {
    fixture->file_id, field, error_found, "证件号码末位录入错误", "营业员录入时看错",
    "已在业务平台更正并重新签字确认",
  };
  g_autoptr(GError) error = NULL;
  HkRecheck *recheck;

  hk_database_set_now (fixture->hall.db.database, when);
  recheck = hk_recheck_store_record (fixture->rechecks, fixture->archivist, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recheck);

  return recheck;
}

static void
test_record (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkRecheck) fine = record (fixture, T0, HK_RECHECK_PHONE, FALSE);
  g_autoptr(HkRecheck) wrong = record (fixture, T0 + 60, HK_RECHECK_ID_NUMBER, TRUE);
  g_autoptr(GPtrArray) of_file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hk_recheck_get_file_id (fine), ==, fixture->file_id);
  g_assert_cmpstr (hk_recheck_get_file_no (fine), ==, "DA-2026-0001");
  g_assert_cmpint (hk_recheck_get_field (fine), ==, HK_RECHECK_PHONE);
  g_assert_false (hk_recheck_get_error_found (fine));
  /* Without an error, the texts given are not kept. */
  g_assert_null (hk_recheck_get_error (fine));
  g_assert_null (hk_recheck_get_cause (fine));
  g_assert_null (hk_recheck_get_correction (fine));
  g_assert_cmpint (hk_recheck_get_checked_at (fine), ==, T0);
  g_assert_cmpint (hk_recheck_get_checked_by (fine), ==, hk_operator_get_id (fixture->archivist));

  g_assert_true (hk_recheck_get_error_found (wrong));
  g_assert_cmpstr (hk_recheck_get_error (wrong), ==, "证件号码末位录入错误");
  g_assert_cmpstr (hk_recheck_get_cause (wrong), ==, "营业员录入时看错");
  g_assert_cmpstr (hk_recheck_get_correction (wrong), ==, "已在业务平台更正并重新签字确认");
  hk_test_hall_assert_last_audit (&fixture->hall, "file-rechecked", fixture->archivist,
                                  "customer-file", fixture->file_id,
                                  "re-checked the id-number of file DA-2026-0001: error:");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 2);

  of_file = hk_recheck_store_list_file (fixture->rechecks, fixture->file_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (of_file->len, ==, 2);
  g_assert_cmpint (hk_recheck_get_id (g_ptr_array_index (of_file, 0)), ==,
                   hk_recheck_get_id (fine));
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  const HkRecheckInput cases[] = {
    { fixture->file_id, HK_RECHECK_PHONE, TRUE, "错误", "", "更正" },
    { fixture->file_id, HK_RECHECK_PHONE, TRUE, "错误", "原因", " " },
    { fixture->file_id, HK_RECHECK_PHONE, TRUE, NULL, "原因", "更正" },
    { fixture->file_id, HK_N_RECHECK_FIELDS, FALSE, NULL, NULL, NULL },
  };
  HkRecheckInput missing = { 9999, HK_RECHECK_PHONE, FALSE, NULL, NULL, NULL };
  HkTestHallBefore before;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_recheck_store_record (fixture->rechecks, fixture->archivist, &cases[i],
                                              &error));
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  {
    g_autoptr(GError) error = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_recheck_store_record (fixture->rechecks, fixture->archivist, &missing,
                                            &error));
    hk_test_assert_error (error, HK_ERROR_NOT_FOUND, NULL);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    g_clear_error (&error);

    /* The archivist keeps the register. */
    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_recheck_store_record (fixture->rechecks, fixture->hall.supervisor,
                                            &cases[0], &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "Recording a re-check");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }

  /* What is registered stays. */
  g_object_unref (record (fixture, T0, HK_RECHECK_SIGNATURE, TRUE));
  {
    sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);
    char *message = NULL;

    g_assert_cmpint (sqlite3_exec (raw, "UPDATE rechecks SET error_found = 0", NULL, NULL,
                                   &message), ==, SQLITE_CONSTRAINT);
    sqlite3_free (message);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM rechecks", NULL, NULL, &message), ==,
                     SQLITE_CONSTRAINT);
    sqlite3_free (message);
    sqlite3_close (raw);
  }
}

static void
test_count_month (Fixture       *fixture,
                  gconstpointer  data)
{
  HkErrorCounts counts;
  g_autoptr(GPtrArray) register_ = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  /* September's last second, October's first and last, November's first. */
  g_object_unref (record (fixture, OCTOBER - 1, HK_RECHECK_ID_NUMBER, TRUE));
  g_object_unref (record (fixture, OCTOBER, HK_RECHECK_ID_NUMBER, TRUE));
  g_object_unref (record (fixture, OCTOBER + 3600, HK_RECHECK_ID_NUMBER, TRUE));
  g_object_unref (record (fixture, OCTOBER + 2 * DAY, HK_RECHECK_ID_NUMBER, FALSE));
  g_object_unref (record (fixture, OCTOBER + 5 * DAY, HK_RECHECK_SIGNATURE, TRUE));
  g_object_unref (record (fixture, OCTOBER + 6 * DAY, HK_RECHECK_PHONE, FALSE));
  g_object_unref (record (fixture, NOVEMBER - 1, HK_RECHECK_DOCUMENTS, TRUE));
  g_object_unref (record (fixture, NOVEMBER, HK_RECHECK_DOCUMENTS, TRUE));

  g_assert_true (hk_recheck_store_count_month (fixture->rechecks, 2026, 10, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_rechecks, ==, 6);
  g_assert_cmpuint (counts.n_errors, ==, 4);
  g_assert_cmpuint (counts.errors[HK_RECHECK_ID_NUMBER], ==, 2);
  g_assert_cmpuint (counts.errors[HK_RECHECK_SIGNATURE], ==, 1);
  g_assert_cmpuint (counts.errors[HK_RECHECK_DOCUMENTS], ==, 1);
  g_assert_cmpuint (counts.errors[HK_RECHECK_PHONE], ==, 0);

  g_assert_true (hk_recheck_store_count_month (fixture->rechecks, 2026, 9, &counts, &error));
  g_assert_cmpuint (counts.n_rechecks, ==, 1);
  g_assert_cmpuint (counts.errors[HK_RECHECK_ID_NUMBER], ==, 1);
  g_assert_true (hk_recheck_store_count_month (fixture->rechecks, 2026, 11, &counts, &error));
  g_assert_cmpuint (counts.n_errors, ==, 1);
  g_assert_true (hk_recheck_store_count_month (fixture->rechecks, 2026, 12, &counts, &error));
  g_assert_cmpuint (counts.n_rechecks, ==, 0);

  g_assert_false (hk_recheck_store_count_month (fixture->rechecks, 2026, 13, &counts, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "2026-13");
  g_clear_error (&error);
  g_assert_false (hk_recheck_store_count_errors (fixture->rechecks, "2026-10-31", "2026-10-01",
                                                 &counts, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "before it begins");
  g_clear_error (&error);

  /* The register of the period: the errors only, oldest first. */
  register_ = hk_recheck_store_list (fixture->rechecks, "2026-10-01", "2026-10-31", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (register_->len, ==, 4);
  g_assert_cmpint (hk_recheck_get_checked_at (g_ptr_array_index (register_, 0)), ==, OCTOBER);
  g_assert_cmpint (hk_recheck_get_checked_at (g_ptr_array_index (register_, 3)), ==,
                   NOVEMBER - 1);
  all = hk_recheck_store_list (fixture->rechecks, "2026-10-01", "2026-10-31", FALSE, &error);
  g_assert_cmpuint (all->len, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/recheck-store/record", Fixture, NULL, setup, test_record, teardown);
  g_test_add ("/recheck-store/refusals", Fixture, NULL, setup, test_refusals, teardown);
  g_test_add ("/recheck-store/count-month", Fixture, NULL, setup, test_count_month, teardown);

  return g_test_run ();
}
