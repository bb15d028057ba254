/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-export.c: choosing the format by the file name, and the temp-file-and-rename contract. */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "reports/hk-report-export.h"
#include "reports/hk-report-text.h"

#include "export-test-util.h"

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hk-export-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
assert_starts_with (const char *path,
                    const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, strlen (magic));
  g_assert_cmpmem (contents, strlen (magic), magic, strlen (magic));
}

static void
test_by_extension (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *listing = NULL;
  static const char * const refused[] = { "daily.txt", "daily.xls", "daily", ".xlsx", ".pdf",
                                          "daily.xlsx.tmp" };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (dir, refused[i], NULL);

      g_assert_false (hk_report_export (report, path, NULL, NULL, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
      g_assert_nonnull (strstr (error->message, refused[i]));
      g_assert_nonnull (strstr (error->message, ".xlsx"));
      g_assert_nonnull (strstr (error->message, ".pdf"));
    }
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *xlsx = g_build_filename (dir, "daily.xlsx", NULL);
    g_autofree char *pdf = g_build_filename (dir, "DAILY.PDF", NULL);
    g_autofree char *mixed = g_build_filename (dir, "daily.Xlsx", NULL);

    g_assert_true (hk_report_export (report, xlsx, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    assert_starts_with (xlsx, "PK\003\004");  /* a zip file */

    g_assert_true (hk_report_export (report, pdf, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    assert_starts_with (pdf, "%PDF-");

    g_assert_true (hk_report_export (report, mixed, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    assert_starts_with (mixed, "PK\003\004");
  }

  g_free (listing);
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "DAILY.PDF daily.Xlsx daily.xlsx");

  export_test_remove_dir (dir);
}

/* A complete new file replaces the old one at once; it gets ordinary permissions. */
static void
test_replace (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "daily.pdf", NULL);
  g_autofree char *listing = NULL;
  GStatBuf st;
  mode_t old_mask;

  g_assert_true (g_file_set_contents (path, "the old report", -1, NULL));

  old_mask = umask (022);
  g_assert_true (hk_report_export (report, path, NULL, NULL, NULL, &error));
  umask (old_mask);
  g_assert_no_error (error);

  assert_starts_with (path, "%PDF-");
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "daily.pdf");

  export_test_remove_dir (dir);
}

static void
test_bad_targets (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "report.xlsx", NULL);
  g_autofree char *file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "daily.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  /* A folder with the target's name. */
  g_assert_no_errno (g_mkdir (folder, 0700));
  g_assert_false (hk_report_export (report, folder, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* A "folder" that is a file. */
  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_assert_false (hk_report_export (report, under_file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "is not a folder"));
  g_clear_error (&error);

  /* Cancelled before it began. */
  g_cancellable_cancel (cancelled);
  {
    g_autofree char *path = g_build_filename (dir, "daily.pdf", NULL);

    g_assert_false (hk_report_export (report, path, NULL, NULL, cancelled, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plain-file report.xlsx");

  export_test_remove_dir (dir);
}

/* The check before a report is built says what the export would say, and leaves nothing. */
static void
test_check_path (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *good = g_build_filename (dir, "month.XLSX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "month.pdf", NULL);
  g_autofree char *text = g_build_filename (dir, "month.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere", "month.xlsx", NULL);
  g_autofree char *file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "month.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_report_export_check_path (good, &error));
  g_assert_no_error (error);
  g_assert_true (hk_report_export_check_path (pdf, &error));
  g_assert_no_error (error);

  g_assert_false (hk_report_export_check_path (text, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_assert_nonnull (strstr (error->message, "month.txt"));
  g_clear_error (&error);

  g_assert_false (hk_report_export_check_path (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_assert_false (hk_report_export_check_path (under_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_clear_error (&error);

  /* Neither the files nor their temporary files. */
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plain-file");

  export_test_remove_dir (dir);
}

/* A report with nothing in it but its title still makes a valid file of each kind. */
static void
test_empty_report (void)
{
  g_autoptr(HkReport) report = hk_report_new ("daily", "Empty");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *xlsx = g_build_filename (dir, "empty.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;

  hk_report_add_table (report, "nothing", "No rows");
  g_assert_true (hk_report_export (report, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_starts_with (xlsx, "PK\003\004");
  g_assert_true (hk_report_export (report, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_starts_with (pdf, "%PDF-");

  export_test_remove_dir (dir);
}

/* A report that is not made of daily reports (a complaint register) says nothing about their
 * signatures in any output; one that is says it is final when nothing is unsigned. */
static void
test_signature_status (void)
{
  g_autoptr(HkReport) report = hk_report_new ("complaints", "Complaint register");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "register.pdf", NULL);
  const char *pdftotext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_text = NULL;
  int status = 0;

  hk_report_add_table (report, "register", "Register");
  text = hk_report_render_text (report);
  g_assert_null (strstr (text, "signed"));
  g_assert_true (hk_report_export (report, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)pdftotext, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &pdf_text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf_text);
  g_assert_null (strstr (pdf_text, "Final"));

  hk_report_set_checks_signatures (report, TRUE);
  g_clear_pointer (&text, g_free);
  text = hk_report_render_text (report);
  g_assert_nonnull (strstr (text, "Every daily report of the period is signed."));

  export_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-export/by-extension", test_by_extension);
  g_test_add_func ("/report-export/replace", test_replace);
  g_test_add_func ("/report-export/bad-targets", test_bad_targets);
  g_test_add_func ("/report-export/empty-report", test_empty_report);
  g_test_add_func ("/report-export/check-path", test_check_path);
  g_test_add_func ("/report-export/signature-status", test_signature_status);

  return g_test_run ();
}
