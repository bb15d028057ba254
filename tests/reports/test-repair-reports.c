/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-repair-reports.c: the repair register and the dispatch list as report values, cell by
 * cell; the intake slip and the dispatch list as PDFs read back by poppler. */

#include "config.h"

#include <string.h>

#include <cairo.h>

#include "core/hk-error.h"
#include "core/hk-repair-store.h"
#include "core/hk-test-hall.h"
#include "reports/hk-repair-dispatch-report.h"
#include "reports/hk-repair-printout.h"
#include "reports/hk-repair-register-report.h"

/* 2024-03-15 10:00 in the hall (Asia/Shanghai). */
#define T0 G_GINT64_CONSTANT (1710468000)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define TODAY "2024-03-15"
#define IMEI_A "490154203237518"
#define IMEI_B "352099001761481"
#define IMEI_C "860541041234560"
#define PHONE "13812345678"

typedef struct
{
  HkTestHall      hall;
  HkRepairStore  *repairs;
  HkOperator     *tech;
  gint64          labour;
} Fixture;

static HkTestHall hall_template;

static void
build_template (void)
{
  HkTestHall *hall = &hall_template;
  g_autoptr(HkOperator) tech = NULL;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_add_admin (hall, "王建国", "admin-pass");
  hall->supervisor = hk_test_hall_add_operator (hall, "chenjing", "陈静", HK_ROLE_SUPERVISOR);
  tech = hk_test_hall_add_operator (hall, "wulei", "吴磊", HK_ROLE_TECHNICIAN);
  hk_test_hall_add_fee_item (hall, "RPR-HP", "换屏服务费", HK_FEE_CATEGORY_REPAIR, 15000, TODAY);
  g_assert_true (hk_hall_store_update (hk_context_get_hall_store (hall->context), hall->admin,
                                       "文三路营业厅", "HZ-0571-018", "Asia/Shanghai", &error));
  g_assert_no_error (error);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, T0);
  fixture->repairs = hk_context_get_repair_store (fixture->hall.context);
  fixture->tech = hk_test_hall_find_operator (&fixture->hall, "wulei");
  fixture->labour = hk_test_hall_find_fee_item (&fixture->hall, "RPR-HP");
  hk_context_set_operator (fixture->hall.context, fixture->tech);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);
  g_clear_object (&fixture->tech);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- the hall's work ---- */

static HkRepairTicket *
intake (Fixture    *fixture,
        const char *imei,
        const char *promised)
{
  HkRepairIntake input = {
    .customer_name = "王小明",
    .customer_phone = PHONE,
    .brand = "华为",
    .model = "P40",
    .imei = imei,
    .accessories = HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_CHARGER,
    .conditions = HK_REPAIR_CONDITION_CRACKED_SCREEN,
    .condition_note = "右上角碎裂",
    .fault = "屏幕碎裂",
    .warranty = HK_REPAIR_WARRANTY_IN,
    .warranty_proof = "保修卡 No. 88231",
    .estimated_fee = 45000,
    .deposit = 10000,
    .promised_day = promised,
  };
  g_autoptr(GError) error = NULL;
  HkRepairTicket *ticket;

  ticket = hk_repair_store_intake (fixture->repairs, fixture->tech, &input, &error);
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

  moved = hk_repair_store_set_status (fixture->repairs, fixture->tech, old, status, "原因",
                                      &error);
  g_assert_no_error (error);

  return moved;
}

static HkRepairBatch *
dispatch (Fixture      *fixture,
          const gint64 *ids,
          guint         n)
{
  g_autoptr(GError) error = NULL;
  HkRepairBatch *batch;

  batch = hk_repair_store_dispatch (fixture->repairs, fixture->tech, ids, n, "顺丰 张师傅",
                                    "SF1234567890", &error);
  g_assert_no_error (error);

  return batch;
}

static HkRepairTicket *
bring_back (Fixture        *fixture,
            HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *back;

  back = hk_repair_store_return_from_city (fixture->repairs, fixture->tech, old, TRUE, "更换屏幕",
                                           &error);
  g_assert_no_error (error);

  return back;
}

static HkRepairTicket *
add_labour (Fixture        *fixture,
            HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *changed;

  changed = hk_repair_store_add_fee (fixture->repairs, fixture->tech, old, HK_REPAIR_FEE_LABOUR,
                                     fixture->labour, 1, &error);
  g_assert_no_error (error);

  return changed;
}

/* Handed back with everything received and nothing to charge. */
static HkRepairTicket *
hand_over (Fixture        *fixture,
           HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = { .collected_by = "王小明", .id_checked = TRUE,
                                .accessories_returned = hk_repair_ticket_get_accessories (old),
                                .charge_mode = HK_REPAIR_CHARGE_NONE };
  HkRepairTicket *closed;

  closed = hk_repair_store_hand_over (fixture->repairs, fixture->tech, old, &handover, &error);
  g_assert_no_error (error);

  return closed;
}

static HkRepairTicket *
reload (Fixture        *fixture,
        HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;

  return hk_repair_store_lookup (fixture->repairs, hk_repair_ticket_get_id (old), NULL);
}

/* ---- reading a report ---- */

static guint
find_column (HkReportTable *table,
             const char    *heading)
{
  for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
    if (g_str_equal (hk_report_table_get_heading (table, c), heading))
      return c;

  g_error ("no column “%s”", heading);
}

static const char *
text_at (HkReportTable *table,
         guint          row,
         const char    *heading)
{
  return hk_report_table_get_text (table, row, find_column (table, heading));
}

static gint64
value_at (HkReportTable *table,
          guint          row,
          const char    *heading)
{
  return hk_report_table_get_value (table, row, find_column (table, heading));
}

static gboolean
empty_at (HkReportTable *table,
          guint          row,
          const char    *heading)
{
  return hk_report_table_is_empty (table, row, find_column (table, heading));
}

static const char *
figure (HkReport   *report,
        const char *label)
{
  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    if (g_str_equal (hk_report_get_figure_label (report, i), label))
      return hk_report_get_figure_text (report, i);

  g_error ("no figure “%s”", label);
}

/* ---- poppler ---- */

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }

  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  g_assert_true (g_utf8_validate (out, -1, NULL));

  return out;
}

static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 9999);
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", first, "-l", last,
                         path, "-", NULL };

  return run (argv);
}

static void
pdf_page_size (const char *path,
               int        *pages,
               double     *width,
               double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run (argv);
  g_autoptr(GRegex) pages_re = g_regex_new ("^Pages: +([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) size_re = g_regex_new ("^Page size: +([0-9.]+) x ([0-9.]+) pts",
                                           G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GMatchInfo) size_match = NULL;
  g_autofree char *n = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;

  g_assert_true (g_regex_match (pages_re, out, 0, &match));
  n = g_match_info_fetch (match, 1);
  *pages = atoi (n);
  g_assert_true (g_regex_match (size_re, out, 0, &size_match));
  w = g_match_info_fetch (size_match, 1);
  h = g_match_info_fetch (size_match, 2);
  *width = g_ascii_strtod (w, NULL);
  *height = g_ascii_strtod (h, NULL);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

/* ---- the register ---- */

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(HkRepairTicket) via_city = intake (fixture, IMEI_A, "2024-03-18");
  g_autoptr(HkRepairTicket) in_hall = intake (fixture, IMEI_B, "2024-03-16");
  g_autoptr(HkRepairTicket) late = intake (fixture, IMEI_C, "2024-03-16");
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *table;
  HkReportTable *by_status;
  HkReportTable *turnaround;
  guint n_rows;
  gint64 id;

  /* One goes to the city company and comes back four days later, ready the fifth: late. */
  via_city = move (fixture, via_city, HK_REPAIR_DIAGNOSING);
  id = hk_repair_ticket_get_id (via_city);
  hk_database_set_now (database, T0 + HOUR);
  batch = dispatch (fixture, &id, 1);
  via_city = reload (fixture, via_city);
  hk_database_set_now (database, T0 + 4 * DAY);
  via_city = bring_back (fixture, via_city);
  hk_database_set_now (database, T0 + 5 * DAY);
  via_city = move (fixture, via_city, HK_REPAIR_READY);

  /* One repaired in the hall the next day, and collected. */
  hk_database_set_now (database, T0 + DAY);
  in_hall = move (fixture, move (fixture, in_hall, HK_REPAIR_DIAGNOSING), HK_REPAIR_READY);
  in_hall = hand_over (fixture, in_hall);

  /* One still being repaired a week on, its fee stated. */
  late = move (fixture, move (fixture, late, HK_REPAIR_DIAGNOSING), HK_REPAIR_REPAIRING);
  late = add_labour (fixture, late);
  hk_database_set_now (database, T0 + 7 * DAY);

  report = hk_repair_register_report_build (fixture->hall.context, TODAY, "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "repair-register");
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2024-03-15 – 2024-03-31");
  g_assert_cmpstr (hk_report_get_hall_name (report), ==, "文三路营业厅");
  g_assert_cmpstr (hk_report_get_generated_by (report), ==, "吴磊");

  table = hk_report_find_table (report, "register");
  n_rows = hk_report_table_get_n_rows (table);
  g_assert_cmpuint (n_rows, ==, 4);
  g_assert_cmpint (hk_report_table_get_row_kind (table, 3), ==, HK_REPORT_ROW_TOTAL);

  /* Row 0: by the city company. */
  g_assert_cmpstr (text_at (table, 0, "Ticket"), ==, "R20240315-0001");
  g_assert_cmpstr (text_at (table, 0, "Received"), ==, "2024-03-15 10:00:00");
  g_assert_cmpstr (text_at (table, 0, "Customer"), ==, "王小明");
  g_assert_cmpstr (text_at (table, 0, "Phone"), ==, "138****5678");
  g_assert_cmpstr (text_at (table, 0, "Device"), ==, "华为 P40");
  g_assert_cmpstr (text_at (table, 0, "IMEI"), ==, IMEI_A);
  g_assert_cmpstr (text_at (table, 0, "Warranty"), ==, "In warranty");
  g_assert_cmpstr (text_at (table, 0, "Technician"), ==, "吴磊");
  g_assert_cmpstr (text_at (table, 0, "Status"), ==, "Ready for pickup");
  g_assert_cmpstr (text_at (table, 0, "Sent to the city company"), ==, TODAY);
  g_assert_cmpstr (text_at (table, 0, "Back from the city company"), ==, "2024-03-19");
  g_assert_cmpstr (text_at (table, 0, "Ready"), ==, "2024-03-20");
  g_assert_true (empty_at (table, 0, "Handed over"));
  g_assert_cmpint (value_at (table, 0, "Days to ready"), ==, 5);
  g_assert_true (empty_at (table, 0, "Days in the hall"));
  g_assert_cmpstr (text_at (table, 0, "Late"), ==, "late");
  g_assert_cmpint (value_at (table, 0, "Fee"), ==, 0);

  /* Row 1: in the hall, ready the next day, on time, collected, nothing charged. */
  g_assert_cmpstr (text_at (table, 1, "Ticket"), ==, "R20240315-0002");
  g_assert_cmpstr (text_at (table, 1, "Status"), ==, "Picked up");
  g_assert_true (empty_at (table, 1, "Sent to the city company"));
  g_assert_cmpint (value_at (table, 1, "Days to ready"), ==, 1);
  g_assert_cmpstr (text_at (table, 1, "Handed over"), ==, "2024-03-16");
  g_assert_cmpint (value_at (table, 1, "Days in the hall"), ==, 1);
  g_assert_true (empty_at (table, 1, "Late"));
  g_assert_cmpint (value_at (table, 1, "Fee"), ==, 0);
  g_assert_true (empty_at (table, 1, "Receipt"));

  /* Row 2: still repairing after the promised day, its fee stated. */
  g_assert_cmpstr (text_at (table, 2, "Status"), ==, "Repairing in the hall");
  g_assert_true (empty_at (table, 2, "Ready"));
  g_assert_true (empty_at (table, 2, "Days to ready"));
  g_assert_cmpstr (text_at (table, 2, "Late"), ==, "late");
  g_assert_cmpint (value_at (table, 2, "Fee"), ==, 15000);

  g_assert_cmpstr (text_at (table, 3, "Ticket"), ==, "Total");
  g_assert_cmpint (value_at (table, 3, "Fee"), ==, 15000);

  by_status = hk_report_find_table (report, "by-status");
  g_assert_cmpuint (hk_report_table_get_n_rows (by_status), ==, HK_REPAIR_N_STATUSES + 1);
  g_assert_cmpint (hk_report_table_get_value (by_status, HK_REPAIR_READY, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (by_status, HK_REPAIR_PICKED_UP, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (by_status, HK_REPAIR_REPAIRING, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (by_status, HK_REPAIR_N_STATUSES, 1), ==, 3);
  g_assert_cmpuint (hk_report_get_n_charts (report), ==, 1);

  turnaround = hk_report_find_table (report, "turnaround");
  g_assert_cmpint (value_at (turnaround, 0, "Tickets"), ==, 2);
  g_assert_cmpint (value_at (turnaround, 0, "Ready"), ==, 1);
  g_assert_cmpint (value_at (turnaround, 0, "Ready by the promised day"), ==, 1);
  g_assert_cmpint (value_at (turnaround, 1, "Tickets"), ==, 1);
  g_assert_cmpint (value_at (turnaround, 1, "Days to ready, in all"), ==, 5);
  g_assert_cmpint (value_at (turnaround, 1, "Longest, days"), ==, 5);
  g_assert_cmpint (value_at (turnaround, 1, "Ready by the promised day"), ==, 0);

  g_assert_cmpstr (figure (report, "Tickets received"), ==, "3");
  g_assert_cmpstr (figure (report, "Handed over"), ==, "1");
  g_assert_cmpstr (figure (report, "Sent to the city company"), ==, "1");
  g_assert_cmpstr (figure (report, "Overdue now"), ==, "1");
  g_assert_cmpstr (figure (report, "Average days to ready, in the hall"), ==, "1.0 days");
  g_assert_cmpstr (figure (report, "Average days to ready, by the city company"), ==, "5.0 days");
  g_assert_cmpstr (figure (report, "Fees of these tickets"), ==, "¥150.00");

  /* Another month has none of them. */
  {
    g_autoptr(HkReport) april = hk_repair_register_report_build (fixture->hall.context,
                                                                 "2024-04-01", "2024-04-30",
                                                                 &error);

    g_assert_no_error (error);
    table = hk_report_find_table (april, "register");
    g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 1);
    g_assert_cmpstr (figure (april, "Average days to ready, in the hall"), ==, "—");
  }
}

static void
test_register_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (hk_repair_register_report_build (fixture->hall.context, "2024-03-31",
                                                  "2024-03-01", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "before it begins");
  g_clear_error (&error);
  g_assert_null (hk_repair_register_report_build (fixture->hall.context, "2024-02-30",
                                                  "2024-03-01", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

/* ---- the dispatch list ---- */

static HkReport *
build_batch (Fixture *fixture,
             guint    n,
             gboolean return_first)
{
  g_autofree gint64 *ids = g_new0 (gint64, n);
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  HkReport *report;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkRepairTicket) ticket = move (fixture, intake (fixture, i % 2 ? IMEI_B : IMEI_A,
                                                                "2024-03-25"),
                                               HK_REPAIR_DIAGNOSING);

      ids[i] = hk_repair_ticket_get_id (ticket);
    }

  batch = dispatch (fixture, ids, n);

  if (return_first)
    {
      g_autoptr(HkRepairTicket) first = hk_repair_store_lookup (fixture->repairs, ids[0], NULL);
      g_autoptr(HkRepairTicket) back = NULL;

      hk_database_set_now (fixture->hall.db.database, T0 + 3 * DAY);
      back = hk_repair_store_return_from_city (fixture->repairs, fixture->tech, first, FALSE,
                                               "主板进水，无法修复", &error);
      g_assert_no_error (error);
    }

  report = hk_repair_dispatch_report_build (fixture->hall.context,
                                            hk_repair_batch_get_id (batch), &error);
  g_assert_no_error (error);

  return report;
}

static void
test_dispatch_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkReport) report = build_batch (fixture, 2, TRUE);
  g_autoptr(GError) error = NULL;
  HkReportTable *table = hk_report_find_table (report, "devices");

  g_assert_cmpstr (hk_report_get_id (report), ==, "repair-dispatch");
  g_assert_cmpstr (hk_report_get_title (report), ==, "Dispatch list S20240315-01");
  g_assert_cmpstr (figure (report, "Batch"), ==, "S20240315-01");
  g_assert_cmpstr (figure (report, "Dispatch day"), ==, TODAY);
  g_assert_cmpstr (figure (report, "Courier"), ==, "顺丰 张师傅");
  g_assert_cmpstr (figure (report, "Waybill"), ==, "SF1234567890");
  g_assert_cmpstr (figure (report, "Sent by"), ==, "吴磊");
  g_assert_cmpstr (figure (report, "Devices"), ==, "2");
  g_assert_cmpstr (figure (report, "Back from the city company"), ==, "1");

  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 2);
  g_assert_cmpint (value_at (table, 0, "No."), ==, 1);
  g_assert_cmpstr (text_at (table, 0, "Ticket"), ==, "R20240315-0001");
  g_assert_cmpstr (text_at (table, 0, "Device"), ==, "华为 P40");
  g_assert_cmpstr (text_at (table, 0, "IMEI"), ==, IMEI_A);
  g_assert_cmpstr (text_at (table, 0, "Fault"), ==, "屏幕碎裂");
  g_assert_cmpstr (text_at (table, 0, "Returned"), ==, "2024-03-18");
  g_assert_cmpstr (text_at (table, 0, "Repaired"), ==, "no");
  g_assert_cmpstr (text_at (table, 0, "City company’s report"), ==, "主板进水，无法修复");
  g_assert_cmpint (value_at (table, 1, "No."), ==, 2);
  g_assert_cmpstr (text_at (table, 1, "IMEI"), ==, IMEI_B);
  g_assert_true (empty_at (table, 1, "Returned"));
  g_assert_true (empty_at (table, 1, "Repaired"));

  g_assert_null (hk_repair_dispatch_report_build (fixture->hall.context, 999, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
}

/* ---- the printed forms ---- */

static void
test_slip_pdf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = intake (fixture, IMEI_A, "2024-03-18");
  g_autoptr(HkRepairSlip) slip = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->hall.db.dir, "slip.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  int pages = 0;
  double width = 0;
  double height = 0;

  slip = hk_repair_slip_new_from_store (fixture->hall.context, hk_repair_ticket_get_id (ticket),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpstr (slip->masked_phone, ==, "138****5678");

  g_assert_true (hk_repair_slip_save_pdf (slip, path, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    return;

  pdf_page_size (path, &pages, &width, &height);
  g_assert_cmpint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);

  text = pdf_text (path, 0);
  assert_contains (text, "R20240315-0001");
  assert_contains (text, IMEI_A);
  /* Chinese renders: the hall, the customer, the fault, the note are read back as text. */
  assert_contains (text, "文三路营业厅");
  assert_contains (text, "王小明");
  assert_contains (text, "屏幕碎裂");
  assert_contains (text, "右上角碎裂");
  assert_contains (text, "保修卡 No. 88231");
  /* The phone only masked; accessories and condition as recorded. */
  assert_contains (text, "138****5678");
  g_assert_null (strstr (text, PHONE));
  assert_contains (text, "☑ Battery");
  assert_contains (text, "☑ Charger");
  assert_contains (text, "☐ Box");
  assert_contains (text, "☑ Cracked screen");
  assert_contains (text, "☐ Water damage");
  assert_contains (text, "¥450.00");
  assert_contains (text, "¥100.00");
  assert_contains (text, "2024-03-18");
  /* The terms and the signature lines. */
  assert_contains (text, "Terms of repair");
  assert_contains (text, "identity document");
  assert_contains (text, "Customer’s signature");
  assert_contains (text, "Technician’s signature");
}

static void
test_slip_png (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = intake (fixture, IMEI_A, "2024-03-18");
  g_autoptr(HkRepairSlip) slip = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->hall.db.dir, "slip.png", NULL);
  cairo_surface_t *image;
  cairo_surface_t *tiny;
  cairo_t *cr;
  guint dark = 0;

  slip = hk_repair_slip_new_from_store (fixture->hall.context, hk_repair_ticket_get_id (ticket),
                                        NULL);
  g_assert_true (hk_repair_slip_save_png (slip, path, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1191);
  for (int y = 0; y < cairo_image_surface_get_height (image); y += 3)
    {
      const guint32 *row = (const guint32 *)(cairo_image_surface_get_data (image) +
                                             y * cairo_image_surface_get_stride (image));

      for (int x = 0; x < cairo_image_surface_get_width (image); x += 3)
        dark += (row[x] & 0xff) < 0x80;
    }
  /* Text was drawn. */
  g_assert_cmpuint (dark, >, 2000);
  cairo_surface_destroy (image);

  /* A small area takes the whole slip scaled down; no area at all is refused. */
  tiny = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 100);
  cr = cairo_create (tiny);
  g_assert_true (hk_repair_slip_draw (cr, 100, 100, slip, &error));
  g_assert_no_error (error);
  g_assert_false (hk_repair_slip_draw (cr, 0, 100, slip, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  cairo_destroy (cr);
  cairo_surface_destroy (tiny);
}

static void
test_dispatch_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkReport) report = build_batch (fixture, 2, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->hall.db.dir, "dispatch.pdf", NULL);
  g_autofree char *text = NULL;
  int pages = 0;
  double width = 0;
  double height = 0;

  g_assert_cmpuint (hk_repair_dispatch_list_get_n_pages (report), ==, 1);
  g_assert_true (hk_repair_dispatch_list_save_pdf (report, path, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    return;

  pdf_page_size (path, &pages, &width, &height);
  g_assert_cmpint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 595.28, 0.5);

  text = pdf_text (path, 0);
  assert_contains (text, "Dispatch list S20240315-01");
  assert_contains (text, "顺丰 张师傅");
  assert_contains (text, "R20240315-0001");
  assert_contains (text, "R20240315-0002");
  assert_contains (text, IMEI_A);
  assert_contains (text, IMEI_B);
  assert_contains (text, "主板进水");
  assert_contains (text, "Handed over by (hall)");
  assert_contains (text, "Received by (city company)");
  assert_contains (text, "page 1 of 1");
}

/* A long batch runs over several pages, each with the headings; the signatures come last. */
static void
test_dispatch_pages (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkReport) report = build_batch (fixture, 40, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->hall.db.dir, "long.pdf", NULL);
  g_autofree char *png = g_build_filename (fixture->hall.db.dir, "page.png", NULL);
  guint n_pages = hk_repair_dispatch_list_get_n_pages (report);
  int pages = 0;
  double width = 0;
  double height = 0;

  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_true (hk_repair_dispatch_list_save_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (hk_repair_dispatch_list_save_png (report, n_pages - 1, png, &error));
  g_assert_no_error (error);
  g_assert_false (hk_repair_dispatch_list_save_png (report, n_pages, png, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);

  if (!have_poppler ())
    return;

  pdf_page_size (path, &pages, &width, &height);
  g_assert_cmpint (pages, ==, (int)n_pages);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_text (path, (int)p);
      g_autofree char *footer = g_strdup_printf ("page %u of %u", p, n_pages);

      assert_contains (text, "IMEI");
      assert_contains (text, footer);
      if (p < n_pages)
        g_assert_null (strstr (text, "Received by (city company)"));
      else
        assert_contains (text, "Received by (city company)");
    }

  /* Every device is on the list once. */
  {
    g_autofree char *all = pdf_text (path, 0);

    for (guint i = 1; i <= 40; i++)
      {
        g_autofree char *number = g_strdup_printf ("R20240315-%04u", i);
        const char *first = strstr (all, number);

        g_assert_nonnull (first);
        g_assert_null (strstr (first + 1, number));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/repair-reports/" path, Fixture, NULL, setup, func, teardown)

  ADD ("register", test_register);
  ADD ("register/refused", test_register_refused);
  ADD ("dispatch-list", test_dispatch_list);
  ADD ("slip/pdf", test_slip_pdf);
  ADD ("slip/png", test_slip_png);
  ADD ("dispatch-list/pdf", test_dispatch_pdf);
  ADD ("dispatch-list/pages", test_dispatch_pages);

#undef ADD

  build_template ();
  status = g_test_run ();
  hk_test_hall_teardown (&hall_template);

  return status;
}
