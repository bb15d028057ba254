/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-receipt-printout.c: the printed receipt, read back from its PDF by poppler and from its
 * PNG by Cairo: number, total, capital numerals, masked phone, void stamp, red letter. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "core/hk-context.h"
#include "core/hk-database.h"
#include "core/hk-error.h"
#include "reports/hk-receipt-printout.h"

#define PASSWORD "counter-42"
/* 2024-03-15 10:00 in the hall (Asia/Shanghai). */
#define T0 G_GINT64_CONSTANT (1710468000)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define CODE "3300241130"
#define PHONE "13812345678"
#define MASKED_PHONE "138****5678"

typedef struct
{
  char       *dir;
  HkDatabase *database;
  HkContext  *context;
  HkOperator *admin;
  HkOperator *clerk;
  HkOperator *auditor;
  gint64      sim;       /* ¥25.00 */
  gint64      top_up;    /* ¥151.50 */
  gint64      sale_id;   /* 2 SIM cards and a top-up, ¥201.50 in cash and WeChat Pay */
  gint64      void_id;   /* one SIM card, voided */
} Fixture;

/* The page as poppler reads it. */
typedef struct
{
  int    pages;
  double width;
  double height;
} PdfInfo;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static HkOperator *
add_operator (Fixture    *fixture,
              const char *login,
              const char *name,
              HkRoles     roles)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_add (hk_context_get_operator_store (fixture->context),
                                    fixture->admin, login, name, roles, PASSWORD, &error);
  g_assert_no_error (error);

  return operator;
}

static gint64
add_item (Fixture    *fixture,
          const char *code,
          const char *name,
          gint64      price)
{
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(GError) error = NULL;

  item = hk_fee_item_store_add (hk_context_get_fee_item_store (fixture->context), fixture->admin,
                                code, name, HK_FEE_CATEGORY_OTHER, price, "2024-01-01", &error);
  g_assert_no_error (error);

  return hk_fee_item_get_id (item);
}

static void
open_shift (Fixture *fixture)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;

  shift = hk_shift_store_open (hk_context_get_shift_store (fixture->context), fixture->clerk,
                               50000, &error);
  g_assert_no_error (error);
}

static void
close_shift (Fixture *fixture)
{
  static const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  static const gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  HkShiftStore *shifts = hk_context_get_shift_store (fixture->context);
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(GError) error = NULL;

  shift = hk_shift_store_get_open (shifts, hk_operator_get_id (fixture->clerk), &error);
  g_assert_no_error (error);
  closed = hk_shift_store_close (shifts, fixture->clerk, shift, counts, declared, &error);
  g_assert_no_error (error);
}

/* A hall with a clerk, two fee items, an invoice book issued to the clerk and an open shift;
 * a receipt of two lines paid in two ways, and a voided one. */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkInvoiceBookStore *books;
  HkReceiptStore *receipts;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkReceipt) sale = NULL;
  g_autoptr(HkReceipt) spoilt = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HkReceiptLineInput lines[2] = { { 0 } };
  const HkReceiptPaymentInput split[] = { { HK_PAYMENT_CASH, 10000, NULL },
                                          { HK_PAYMENT_WECHAT, 10150, NULL } };
  HkReceiptLineInput one_sim = { 0 };
  const HkReceiptPaymentInput cash = { HK_PAYMENT_CASH, 2500, NULL };

  fixture->dir = g_dir_make_tmp ("hallkeeper-receipt-printout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "hall.db", NULL);
  fixture->database = hk_database_open (path, &error);
  g_assert_no_error (error);
  hk_database_set_now (fixture->database, T0 - 2 * HOUR);

  fixture->context = hk_context_new (fixture->database);
  fixture->admin = hk_operator_store_create_administrator (
    hk_context_get_operator_store (fixture->context), "admin", "王建国", PASSWORD, &error);
  g_assert_no_error (error);
  hk_hall_store_update (hk_context_get_hall_store (fixture->context), fixture->admin,
                        "杭州西湖文三路营业厅", "HZ-XH-01", "Asia/Shanghai", &error);
  g_assert_no_error (error);

  fixture->clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  fixture->auditor = add_operator (fixture, "zhaomin", "赵敏", HK_ROLE_AUDITOR);
  fixture->sim = add_item (fixture, "SIM", "SIM卡", 2500);
  fixture->top_up = add_item (fixture, "PRE150", "话费预存150元套餐", 15150);

  books = hk_context_get_invoice_book_store (fixture->context);
  book = hk_invoice_book_store_register (books, fixture->auditor, CODE, 1, 100, &error);
  g_assert_no_error (error);
  hk_invoice_book_store_issue_book (books, fixture->auditor, book, fixture->clerk, &error);
  g_assert_no_error (error);

  hk_database_set_now (fixture->database, T0 - HOUR);
  open_shift (fixture);

  hk_database_set_now (fixture->database, T0);
  receipts = hk_context_get_receipt_store (fixture->context);
  lines[0].fee_item_id = fixture->sim;
  lines[0].quantity = 2;
  lines[1].fee_item_id = fixture->top_up;
  lines[1].quantity = 1;
  sale = hk_receipt_store_issue (receipts, fixture->clerk, NULL, lines, 2, split, 2, PHONE,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_total (sale), ==, 20150);
  fixture->sale_id = hk_receipt_get_id (sale);

  hk_database_set_now (fixture->database, T0 + 600);
  one_sim.fee_item_id = fixture->sim;
  one_sim.quantity = 1;
  spoilt = hk_receipt_store_issue (receipts, fixture->clerk, NULL, &one_sim, 1, &cash, 1, NULL,
                                   &error);
  g_assert_no_error (error);
  voided = hk_receipt_store_void (receipts, fixture->clerk, spoilt, "客户取消办理", &error);
  g_assert_no_error (error);
  fixture->void_id = hk_receipt_get_id (voided);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->auditor);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->database);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static HkReceiptPrintout *
printout_of (Fixture *fixture,
             gint64   receipt_id)
{
  g_autoptr(GError) error = NULL;
  HkReceiptPrintout *printout;

  printout = hk_receipt_printout_new_from_store (fixture->context, receipt_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (printout);

  return printout;
}

static char *
save_pdf (Fixture                 *fixture,
          const HkReceiptPrintout *printout,
          const char              *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (hk_receipt_printout_save_pdf (printout, path, &error));
  g_assert_no_error (error);

  return path;
}

/* poppler-utils read what we write; without them the PDF checks are skipped. */
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
pdf_text (const char *path)
{
  /* In the order it is drawn, so the turned stamp reads as words too. */
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };

  return run (argv);
}

static PdfInfo
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run (argv);
  g_autoptr(GRegex) pages = g_regex_new ("^Pages: +([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) size = g_regex_new ("^Page size: +([0-9.]+) x ([0-9.]+) pts",
                                        G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GMatchInfo) size_match = NULL;
  g_autofree char *n_pages = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  PdfInfo info = { 0 };

  g_assert_true (g_regex_match (pages, out, 0, &match));
  n_pages = g_match_info_fetch (match, 1);
  info.pages = (int)g_ascii_strtoll (n_pages, NULL, 10);
  g_assert_true (g_regex_match (size, out, 0, &size_match));
  width = g_match_info_fetch (size_match, 1);
  height = g_match_info_fetch (size_match, 2);
  info.width = g_ascii_strtod (width, NULL);
  info.height = g_ascii_strtod (height, NULL);

  return info;
}

/* Every word poppler finds lies on the page: nothing was cut off at the bottom or side. */
static void
assert_words_on_page (const char *path,
                      const char *last_word)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = run (argv);
  g_autoptr(GRegex) page = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\"", 0, 0,
                                        NULL);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" "
                                        "xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) page_match = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *page_width = NULL;
  g_autofree char *page_height = NULL;
  gboolean last_seen = FALSE;
  double width;
  double height;
  guint n_words = 0;

  g_assert_true (g_regex_match (page, out, 0, &page_match));
  page_width = g_match_info_fetch (page_match, 1);
  page_height = g_match_info_fetch (page_match, 2);
  width = g_ascii_strtod (page_width, NULL);
  height = g_ascii_strtod (page_height, NULL);

  g_regex_match (word, out, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x_min = g_match_info_fetch (match, 1);
      g_autofree char *y_min = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 3);
      g_autofree char *y_max = g_match_info_fetch (match, 4);
      g_autofree char *text = g_match_info_fetch (match, 5);

      g_assert_cmpfloat (g_ascii_strtod (x_min, NULL), >=, 0);
      g_assert_cmpfloat (g_ascii_strtod (y_min, NULL), >=, 0);
      g_assert_cmpfloat (g_ascii_strtod (x_max, NULL), <=, width);
      g_assert_cmpfloat (g_ascii_strtod (y_max, NULL), <=, height);
      last_seen = last_seen || g_strcmp0 (text, last_word) == 0;
      n_words++;
      g_match_info_next (match, NULL);
    }

  g_assert_cmpuint (n_words, >, 20);
  g_assert_true (last_seen);
}

static void
test_from_store (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autoptr(HkReceiptPrintout) voided = printout_of (fixture, fixture->void_id);
  g_autofree char *number = hk_receipt_printout_dup_full_number (printout);
  g_autofree char *when = g_date_time_format (printout->issued_at, "%Y-%m-%d %H:%M");
  const HkReceiptLine *line;
  const HkReceiptPayment *payment;

  g_assert_cmpint (printout->paper, ==, HK_RECEIPT_PAPER_ROLL_80MM);
  g_assert_cmpstr (printout->hall_name, ==, "杭州西湖文三路营业厅");
  g_assert_cmpstr (printout->hall_code, ==, "HZ-XH-01");
  g_assert_cmpstr (number, ==, CODE "-00000001");
  /* 02:00 UTC is 10:00 in the hall. */
  g_assert_cmpstr (when, ==, "2024-03-15 10:00");
  g_assert_cmpstr (printout->clerk_name, ==, "张丽");
  g_assert_cmpint (printout->total, ==, 20150);
  g_assert_cmpstr (printout->masked_phone, ==, MASKED_PHONE);
  g_assert_false (printout->is_void);
  g_assert_null (printout->corrects_number);

  g_assert_cmpuint (printout->lines->len, ==, 2);
  line = g_ptr_array_index (printout->lines, 0);
  g_assert_cmpstr (line->fee_item_code, ==, "SIM");
  g_assert_cmpint (line->quantity, ==, 2);
  g_assert_cmpint (line->amount, ==, 5000);
  g_assert_cmpuint (printout->payments->len, ==, 2);
  payment = g_ptr_array_index (printout->payments, 1);
  g_assert_cmpint (payment->method, ==, HK_PAYMENT_WECHAT);
  g_assert_cmpint (payment->amount, ==, 10150);

  g_assert_true (voided->is_void);
  g_assert_cmpstr (voided->void_reason, ==, "客户取消办理");
  g_assert_cmpstr (voided->voided_by_name, ==, "张丽");
  g_assert_null (voided->masked_phone);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = NULL;
  g_autoptr(GError) error = NULL;

  printout = hk_receipt_printout_new_from_store (fixture->context, 9999, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_assert_null (printout);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autofree char *path = save_pdf (fixture, printout, "receipt.pdf");
  g_autofree char *text = NULL;
  PdfInfo info;

  if (!have_poppler ())
    return;

  text = pdf_text (path);
  g_test_message ("%s", text);

  g_assert_nonnull (strstr (text, "杭州西湖文三路营业厅"));
  g_assert_nonnull (strstr (text, "HZ-XH-01"));
  g_assert_nonnull (strstr (text, "Receipt"));
  g_assert_nonnull (strstr (text, CODE "-00000001"));
  g_assert_nonnull (strstr (text, "2024-03-15 10:00:00"));
  g_assert_nonnull (strstr (text, "张丽"));
  g_assert_nonnull (strstr (text, "SIM卡"));
  g_assert_nonnull (strstr (text, "话费预存150元套餐"));
  g_assert_nonnull (strstr (text, "2 × ¥25.00"));
  g_assert_nonnull (strstr (text, "¥50.00"));
  g_assert_nonnull (strstr (text, "¥151.50"));
  g_assert_nonnull (strstr (text, "¥201.50"));
  g_assert_nonnull (strstr (text, "In words"));
  g_assert_nonnull (strstr (text, "贰佰零壹元伍角"));
  g_assert_nonnull (strstr (text, "Cash"));
  g_assert_nonnull (strstr (text, "¥100.00"));
  g_assert_nonnull (strstr (text, "WeChat Pay"));
  g_assert_nonnull (strstr (text, "¥101.50"));
  g_assert_nonnull (strstr (text, MASKED_PHONE));
  g_assert_null (strstr (text, PHONE));
  g_assert_null (strstr (text, "VOID"));
  g_assert_null (strstr (text, "作废"));
  g_assert_null (strstr (text, "Red-letter"));

  /* One page of the 80 mm roll, as long as the receipt, with every word on it. */
  info = pdf_info (path);
  g_assert_cmpint (info.pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (info.width, 226.77, 0.01);
  g_assert_cmpfloat (info.height, >, 300);
  g_assert_cmpfloat (info.height, <, 700);
  assert_words_on_page (path, "receipt.");
}

static void
test_void (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->void_id);
  g_autofree char *path = save_pdf (fixture, printout, "void.pdf");
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  text = pdf_text (path);
  g_test_message ("%s", text);

  g_assert_nonnull (strstr (text, CODE "-00000002"));
  g_assert_nonnull (strstr (text, "VOID"));
  g_assert_nonnull (strstr (text, "作废"));
  g_assert_nonnull (strstr (text, "Void: 客户取消办理"));
  g_assert_nonnull (strstr (text, "Voided by 张丽"));
  g_assert_nonnull (strstr (text, "¥25.00"));
  g_assert_nonnull (strstr (text, "贰拾伍元整"));
  g_assert_cmpint (pdf_info (path).pages, ==, 1);
}

/* The next day the sale is corrected: a red-letter receipt with the amounts negated. */
static void
test_red_letter (Fixture       *fixture,
                 gconstpointer  data)
{
  HkReceiptStore *receipts = hk_context_get_receipt_store (fixture->context);
  g_autoptr(HkReceiptPrintout) printout = NULL;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  close_shift (fixture);
  hk_database_set_now (fixture->database, T0 + DAY);
  open_shift (fixture);
  original = hk_receipt_store_lookup (receipts, fixture->sale_id, &error);
  g_assert_no_error (error);
  red = hk_receipt_store_correct (receipts, fixture->clerk, original, "客户退回SIM卡", &error);
  g_assert_no_error (error);

  printout = printout_of (fixture, hk_receipt_get_id (red));
  g_assert_cmpstr (printout->corrects_number, ==, CODE "-00000001");
  g_assert_cmpint (printout->total, ==, -20150);
  path = save_pdf (fixture, printout, "red.pdf");

  if (!have_poppler ())
    return;

  text = pdf_text (path);
  g_test_message ("%s", text);

  g_assert_nonnull (strstr (text, CODE "-00000003"));
  g_assert_nonnull (strstr (text, "Red-letter correction of " CODE "-00000001"));
  g_assert_nonnull (strstr (text, "客户退回SIM卡"));
  g_assert_nonnull (strstr (text, "2024-03-16"));
  g_assert_nonnull (strstr (text, "-2 × ¥25.00"));
  g_assert_nonnull (strstr (text, "-¥50.00"));
  g_assert_nonnull (strstr (text, "-¥201.50"));
  g_assert_nonnull (strstr (text, "负贰佰零壹元伍角"));
  g_assert_nonnull (strstr (text, "-¥100.00"));
  g_assert_nonnull (strstr (text, "-¥101.50"));
  g_assert_nonnull (strstr (text, MASKED_PHONE));
  g_assert_null (strstr (text, PHONE));
  g_assert_null (strstr (text, "VOID"));
}

/* On A5 a receipt too long for the page is scaled down to fit, not cut off. */
static void
test_a5 (Fixture       *fixture,
         gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autofree char *path = NULL;
  g_autofree char *long_path = NULL;
  g_autofree char *text = NULL;
  PdfInfo info;

  printout->paper = HK_RECEIPT_PAPER_A5;
  path = save_pdf (fixture, printout, "a5.pdf");

  /* Sixty more lines make the receipt far longer than an A5 page. */
  for (guint i = 0; i < 60; i++)
    {
      HkReceiptLine *line = g_new0 (HkReceiptLine, 1);

      line->fee_item_code = g_strdup_printf ("X%02u", i);
      line->fee_item_name = g_strdup ("配件");
      line->quantity = 1;
      line->unit_price = 100;
      line->amount = 100;
      g_ptr_array_add (printout->lines, line);
    }
  printout->total += 6000;
  long_path = save_pdf (fixture, printout, "a5-long.pdf");

  if (!have_poppler ())
    return;

  info = pdf_info (path);
  g_assert_cmpint (info.pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (info.width, 419.53, 0.01);
  g_assert_cmpfloat_with_epsilon (info.height, 595.28, 0.01);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "贰佰零壹元伍角"));
  assert_words_on_page (path, "receipt.");

  g_clear_pointer (&text, g_free);
  info = pdf_info (long_path);
  g_assert_cmpint (info.pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (info.height, 595.28, 0.01);
  text = pdf_text (long_path);
  g_assert_nonnull (strstr (text, "X59"));
  g_assert_nonnull (strstr (text, "¥261.50"));
  g_assert_nonnull (strstr (text, "贰佰陆拾壹元伍角"));
  assert_words_on_page (long_path, "receipt.");
}

static guint
count_dark_pixels (cairo_surface_t *surface,
                   int              first_row,
                   int              last_row)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  guint dark = 0;

  for (int y = first_row; y < last_row; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *)(const void *)(data + y * stride + x * 4);

        /* The green channel is enough for black on white. */
        if (((pixel >> 8) & 0xff) < 128)
          dark++;
      }

  return dark;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *)(const void *)(data + y * stride + x * 4) & 0xffffff;
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autoptr(HkReceiptPrintout) voided = printout_of (fixture, fixture->void_id);
  g_autofree char *path = g_build_filename (fixture->dir, "receipt.png", NULL);
  g_autofree char *void_path = g_build_filename (fixture->dir, "void.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_surface_t *void_surface;
  double height = hk_receipt_printout_get_height (printout, HK_RECEIPT_ROLL_WIDTH_PT);
  int width_px;
  int height_px;
  guint dark;

  g_assert_true (hk_receipt_printout_save_png (printout, path, &error));
  g_assert_no_error (error);
  g_assert_true (hk_receipt_printout_save_png (voided, void_path, &error));
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  width_px = cairo_image_surface_get_width (surface);
  height_px = cairo_image_surface_get_height (surface);

  /* Two pixels to the point: 80 mm is 454 pixels; the length is the receipt's. */
  g_assert_cmpint (width_px, ==, 454);
  g_assert_cmpint (height_px, ==, (int)ceil (ceil (height) * 2));
  g_assert_cmpint (height_px, >, width_px);
  g_assert_cmpint (height_px, <, 4 * width_px);

  /* White paper with black print: the corners are white, some but not most pixels dark, and
   * the last rows are the blank margin. */
  g_assert_cmphex (pixel_at (surface, 0, 0), ==, 0xffffff);
  g_assert_cmphex (pixel_at (surface, width_px - 1, height_px - 1), ==, 0xffffff);
  dark = count_dark_pixels (surface, 0, height_px);
  g_assert_cmpuint (dark, >, (guint)(width_px * height_px) / 50);
  g_assert_cmpuint (dark, <, (guint)(width_px * height_px) / 4);
  g_assert_cmpuint (count_dark_pixels (surface, height_px - 10, height_px), ==, 0);

  /* The stamp darkens the voided receipt's middle. */
  void_surface = cairo_image_surface_create_from_png (void_path);
  g_assert_cmpint (cairo_surface_status (void_surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (void_surface), ==, 454);
  g_assert_cmpuint (count_dark_pixels (void_surface, 0,
                                       cairo_image_surface_get_height (void_surface)),
                    >, (guint)(width_px * height_px) / 50);

  cairo_surface_destroy (void_surface);
  cairo_surface_destroy (surface);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/* A failed export leaves no partial or temporary file; a good one replaces the old file. */
static void
test_failed_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autofree char *occupied = g_build_filename (fixture->dir, "taken.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-dir", "receipt.pdf", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  g_assert_cmpint (g_mkdir (occupied, 0700), ==, 0);
  before = count_files (fixture->dir);

  g_assert_false (hk_receipt_printout_save_pdf (printout, occupied, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (hk_receipt_printout_save_png (printout, occupied, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (hk_receipt_printout_save_pdf (printout, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_cmpuint (count_files (fixture->dir), ==, before);
  g_assert_cmpuint (count_files (occupied), ==, 0);

  g_assert_true (g_file_set_contents (old, "an old export", -1, NULL));
  g_assert_true (hk_receipt_printout_save_pdf (printout, old, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (count_files (fixture->dir), ==, before + 1);
}

/* The draw routine refuses an empty area, and fits a short one by scaling down. */
static void
test_draw (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkReceiptPrintout) printout = printout_of (fixture, fixture->sale_id);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double natural = hk_receipt_printout_get_height (printout, 227);
  int short_height = (int)(natural / 2);
  int right_ink = 0;
  const unsigned char *pixels;
  int stride;

  g_assert_cmpfloat (hk_receipt_printout_get_height (printout, 454), >, natural * 1.3);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 227, short_height);
  cr = cairo_create (surface);
  g_assert_false (hk_receipt_printout_draw (cr, 0, 100, printout, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hk_receipt_printout_draw (cr, 227, short_height, printout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Half the height: the receipt is drawn at half size in the middle, so the right quarter
   * of the area stays white and the bottom rows hold the end of the receipt. */
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < short_height; y++)
    for (int x = 0; x < 227; x++)
      if (((*(const guint32 *)(const void *)(pixels + y * stride + x * 4) >> 8) & 0xff) < 128)
        right_ink = MAX (right_ink, x);
  g_assert_cmpint (right_ink, >, 227 / 2);
  g_assert_cmpint (right_ink, <, 227 * 3 / 4 + 2);
  g_assert_cmpuint (count_dark_pixels (surface, short_height * 9 / 10, short_height), >, 0);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/receipt-printout/from-store", test_from_store);
  ADD ("/receipt-printout/missing", test_missing);
  ADD ("/receipt-printout/pdf", test_pdf);
  ADD ("/receipt-printout/void", test_void);
  ADD ("/receipt-printout/red-letter", test_red_letter);
  ADD ("/receipt-printout/a5", test_a5);
  ADD ("/receipt-printout/png", test_png);
  ADD ("/receipt-printout/failed-export", test_failed_export);
  ADD ("/receipt-printout/draw", test_draw);

#undef ADD

  return g_test_run ();
}
