/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-test-util.c: what the end-to-end tests of hallkeeper-cli share: running the built program
 * at a fixed clock, checking its output, reading the database and a workbook back. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli-test-util.h"

void
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

/* Runs hallkeeper-cli as @login (password "demo"; none for NULL) at the fixture's clock. */
CliResult *
run_as (Fixture    *f,
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
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", "demo", TRUE);
  if (f->now != NULL)
    g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", f->now, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_NOW");

  g_ptr_array_add (args, (gpointer)program);
  g_ptr_array_add (args, (gpointer)"--database");
  g_ptr_array_add (args, f->db);
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

void
assert_success (CliResult *r)
{
  if (r->status != 0 || *r->err != '\0')
    g_error ("exit %d: %s", r->status, r->err);
}

void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” does not contain “%s”", text, expected);
}

/* A failure is one line "hallkeeper-cli: <reason>" on stderr, containing @expected. */
void
assert_failure (CliResult  *r,
                int         status,
                const char *expected)
{
  g_assert_cmpint (r->status, ==, status);
  g_assert_true (g_str_has_prefix (r->err, "hallkeeper-cli: "));
  g_assert_cmpuint (strchr (r->err, '\n') - r->err, ==, strlen (r->err) - 1);
  assert_contains (r->err, expected);
}

/* The first column of the first row of @sql. */
gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

void
set_now (Fixture    *f,
         const char *now)
{
  g_free (f->now);
  f->now = g_strdup (now);
}

/* What openpyxl (not our code) reads in a workbook, one fact a line; NULL when it cannot run
 * here, and the test is skipped. */
char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports", "read-xlsx.py",
                                                   NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3 to read the workbook");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_free (out);
      g_test_skip ("python3-openpyxl is not installed (build-aux/install-deps --test)");
      return NULL;
    }
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return out;
}

void
assert_line (const char *text,
             const char *line)
{
  g_autofree char *with_newlines = g_strdup_printf ("\n%s\n", line);
  g_autofree char *framed = g_strdup_printf ("\n%s", text);

  if (strstr (framed, with_newlines) == NULL)
    g_error ("“%s” has no line “%s”", text, line);
}


void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}
