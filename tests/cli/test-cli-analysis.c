/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-analysis.c: end-to-end tests of hallkeeper-cli analysis, the built program run over a
 * copy of a small demo hall with its clock fixed: the figures printed, the PDF and the
 * workbook read back by poppler and openpyxl, refusals, and the on-time target.
 *
 * The demo (eight days of work ending 2026-10-20) is built once; each case copies it into its
 * own temporary directory and runs the program with HALLKEEPER_NOW on 2026-10-21.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOW "2026-10-21T10:00:00+08:00"
#define PYTHON "/usr/bin/python3"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static char *template_dir;
static char *template_db;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
detach_from_terminal (gpointer data)
{
  setsid ();
}

/* Runs hallkeeper-cli in @dir as @login (password "demo"; %NULL: no --operator) on --database
 * @db, with the clock at NOW. */
static CliResult *
run_in (const char *dir,
        const char *db,
        const char *login,
        ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_in (const char *dir,
        const char *db,
        const char *login,
        ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("HALLKEEPER_CLI");
  CliResult *result = g_new0 (CliResult, 1);
  const char *arg;
  va_list ap;

  g_assert_nonnull (program);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", "demo", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", NOW, TRUE);

  g_ptr_array_add (args, (gpointer)program);
  g_ptr_array_add (args, (gpointer)"--database");
  g_ptr_array_add (args, (gpointer)db);
  if (login != NULL)
    {
      g_ptr_array_add (args, (gpointer)"--operator");
      g_ptr_array_add (args, (gpointer)login);
    }
  va_start (ap, login);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  return result;
}

#define run(f, login, ...) run_in ((f)->dir, (f)->db, login, __VA_ARGS__)

static void
assert_success (CliResult *r)
{
  if (r->status != 0 || *r->err != '\0')
    g_error ("exit %d, stderr “%s”", r->status, r->err);
}

/* ---- the hall ---- */

static void
build_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) r = NULL;

  template_dir = g_dir_make_tmp ("hallkeeper-cli-analysis-XXXXXX", &error);
  g_assert_no_error (error);
  template_db = g_build_filename (template_dir, "demo.db", NULL);

  r = run_in (template_dir, template_db, NULL, "demo", "--days", "8", NULL);
  assert_success (r);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-analysis-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);

  g_assert_true (g_file_get_contents (template_db, &contents, &length, &error));
  g_assert_true (g_file_set_contents (f->db, contents, length, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CliResult) r = run (f, "liqiang", "analysis", "--month", "2026-10", NULL);

  assert_success (r);
  g_assert_nonnull (strstr (r->out, "Economic analysis — Oct 2026"));
  g_assert_nonnull (strstr (r->out, "  Revenue by day\n    1–10 Oct 2026: ¥0.00\n"));
  g_assert_nonnull (strstr (r->out, "Quality analysis — Oct 2026"));
  g_assert_nonnull (strstr (r->out, "    Target: 95 %\n"));
  /* September has no records in an eight-day demo. */
  g_clear_pointer (&r, cli_result_free);
  r = run (f, "zhengwei", "analysis", "--month", "2026-08", NULL);
  assert_success (r);
  g_assert_nonnull (strstr (r->out, "  Revenue by day (no data)\n"));
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = path_in (f, "2026-10.pdf");
  g_autoptr(CliResult) r = run (f, "liqiang", "analysis", "--month", "2026-10", "-o", pdf, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  assert_success (r);
  g_assert_nonnull (strstr (r->out, "Saved the analysis of 2026-10 to "));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (g_file_test ("/usr/bin/pdftotext", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *argv[] = { "/usr/bin/pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;
      g_auto(GStrv) pages = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, NULL, NULL));
      pages = g_strsplit (text, "\f", -1);
      /* Seven pages, and the empty string after the last form feed. */
      g_assert_cmpuint (g_strv_length (pages), ==, 8);
      g_assert_nonnull (strstr (pages[0], "Monthly economic and quality analysis"));
      g_assert_nonnull (strstr (pages[1], "Revenue by day"));
      g_assert_nonnull (strstr (pages[4], "Complaints by category"));
      g_assert_nonnull (strstr (pages[6], "Page 7 of 7"));
    }
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *xlsx = path_in (f, "月报.xlsx");
  g_autoptr(CliResult) r = run (f, "zhengwei", "analysis", "--month", "2026-10", "-o", xlsx,
                                NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports",
                                                   "read-xlsx-drawings.py", NULL);
  const char *argv[] = { PYTHON, script, xlsx, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  assert_success (r);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON);
      return;
    }

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, NULL));
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl or python3-pil is not installed");
      return;
    }
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_nonnull (strstr (out, "\nimages\tEconomic analysis\t7\t"));
  g_assert_nonnull (strstr (out, "\ncharts\tEconomic analysis\t7\n"));
  g_assert_nonnull (strstr (out, "\nimages\tQuality analysis\t8\t"));
  g_assert_nonnull (strstr (out, "\ncharts\tQuality analysis\t8\n"));
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = path_in (f, "x.pdf");
  g_autoptr(CliResult) r = NULL;

  /* A clerk does not read the analysis. */
  r = run (f, "zhangli", "analysis", "--month", "2026-10", "-o", pdf, NULL);
  g_assert_cmpint (r->status, !=, 0);
  g_assert_nonnull (strstr (r->err, "Reading the monthly analysis"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&r, cli_result_free);

  /* Usage errors, before any password: exit status 2. */
  r = run (f, "liqiang", "analysis", "--month", "2026-13", NULL);
  g_assert_cmpint (r->status, ==, 2);
  g_clear_pointer (&r, cli_result_free);
  r = run (f, "liqiang", "analysis", "--month", "2026-10-05", NULL);
  g_assert_cmpint (r->status, ==, 2);
  g_clear_pointer (&r, cli_result_free);
  r = run (f, "liqiang", "analysis", "--month", "2026-10", "-o", "x.docx", NULL);
  g_assert_cmpint (r->status, ==, 2);
  g_assert_nonnull (strstr (r->err, ".pdf or .xlsx"));
  g_clear_pointer (&r, cli_result_free);
  r = run (f, "liqiang", "analysis", NULL);
  g_assert_cmpint (r->status, ==, 2);
}

static void
test_target (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CliResult) r = run (f, "liqiang", "analysis", "--set-target", "90", NULL);

  assert_success (r);
  g_assert_cmpstr (r->out, ==, "The on-time target is now 90 %.\n");
  g_clear_pointer (&r, cli_result_free);
  r = run (f, "zhengwei", "analysis", "--month", "2026-10", NULL);
  assert_success (r);
  g_assert_nonnull (strstr (r->out, "    Target: 90 %\n"));
  g_clear_pointer (&r, cli_result_free);

  /* A duty manager does not set it. */
  r = run (f, "zhengwei", "analysis", "--set-target", "80", NULL);
  g_assert_cmpint (r->status, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli-analysis/" path, Fixture, NULL, setup, func, teardown)

  ADD ("print", test_print);
  ADD ("pdf", test_pdf);
  ADD ("xlsx", test_xlsx);
  ADD ("refused", test_refused);
  ADD ("target", test_target);

#undef ADD

  build_template ();
  status = g_test_run ();
  remove_tree (template_dir);
  g_free (template_dir);
  g_free (template_db);

  return status;
}
