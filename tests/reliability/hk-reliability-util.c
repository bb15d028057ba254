/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-reliability-util.c: what the reliability harnesses share: files, checksums, the CLI. */

#include "config.h"

#include "hk-reliability-util.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "core/hk-context.h"
#include "core/hk-database.h"

char *
hk_rel_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hallkeeper-reliability-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

void
hk_rel_remove_dir (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          hk_rel_remove_dir (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* The SHA-256 of the file's bytes, or "absent". */
char *
hk_rel_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("absent");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/* The names in @dir, sorted, one a line. */
char *
hk_rel_list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("\n", (char **)names->pdata);
}

/* A new hall at @path: the schema and its administrator, the file closed (no -wal beside). */
void
hk_rel_make_hall (const char *path)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(GError) error = NULL;

  database = hk_database_open (path, &error);
  g_assert_no_error (error);
  context = hk_context_new (database);
  admin = hk_operator_store_create_administrator (hk_context_get_operator_store (context),
                                                  HK_REL_ADMIN, "Admin", HK_REL_PASSWORD,
                                                  &error);
  g_assert_no_error (error);
}

static void
detach_from_terminal (gpointer data)
{
  setsid ();
}

/* Runs hallkeeper-cli --database @db [--operator @login] ARGS… with the password of
 * HK_REL_ADMIN and the extra environment @env ("NAME=VALUE", NULL-terminated, or NULL). */
HkRelCliResult *
hk_rel_cli_runv (const char  *db,
                 const char  *login,
                 const char **env,
                 const char **args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("HALLKEEPER_CLI");
  HkRelCliResult *result = g_new0 (HkRelCliResult, 1);

  g_assert_nonnull (program);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", HK_REL_PASSWORD, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);
      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }

  g_ptr_array_add (argv, (gpointer)program);
  g_ptr_array_add (argv, (gpointer)"--database");
  g_ptr_array_add (argv, (gpointer)db);
  if (login != NULL)
    {
      g_ptr_array_add (argv, (gpointer)"--operator");
      g_ptr_array_add (argv, (gpointer)login);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);

  if (g_subprocess_get_if_exited (process))
    result->status = g_subprocess_get_exit_status (process);
  else
    {
      result->status = -1;
      result->signal = g_subprocess_get_term_sig (process);
    }

  return result;
}

HkRelCliResult *
hk_rel_cli_run (const char  *db,
                const char  *login,
                const char **env,
                ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, env);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return hk_rel_cli_runv (db, login, env, (const char **)args->pdata);
}

void
hk_rel_cli_result_free (HkRelCliResult *result)
{
  if (result == NULL)
    return;

  g_free (result->out);
  g_free (result->err);
  g_free (result);
}
