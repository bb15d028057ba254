/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: end-to-end tests of hallkeeper-cli: the built program, run in a temporary directory.
 *
 * Each case spawns $HALLKEEPER_CLI with its own environment (passwords, clock,
 * language), in a new session so that it has no terminal to prompt on, and
 * checks the exit status, stdout, stderr and, with plain SQLite, the file.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "core/hk-operator-store.h"

#define ADMIN_PASSWORD "secret1"
#define CLERK_PASSWORD "clerkpw"

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

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* ---- temporary directory ---- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
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
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
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

/* ---- running the program ---- */

static void
detach_from_terminal (gpointer data)
{
  /* A new session has no controlling terminal: a password prompt fails instead of waiting. */
  setsid ();
}

/**
 * run_cli_env:
 * @env: (nullable): "NAME=VALUE" to set or "NAME" to unset, %NULL-terminated
 * @input: (nullable): what the program reads on stdin
 * @argv: the arguments after the program's name, %NULL-terminated
 */
static CliResult *
run_cli_env (Fixture            *f,
             const char * const *env,
             const char         *input,
             const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("HALLKEEPER_CLI");
  CliResult *result = g_new0 (CliResult, 1);

  g_assert_nonnull (program);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_PASSWORD");
  g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_NEW_PASSWORD");
  g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_NOW");

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');

      if (equals == NULL)
        g_subprocess_launcher_unsetenv (launcher, env[i]);
      else
        {
          g_autofree char *name = g_strndup (env[i], equals - env[i]);
          g_subprocess_launcher_setenv (launcher, name, equals + 1, TRUE);
        }
    }

  g_ptr_array_add (args, (gpointer)program);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)argv[i]);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)args->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, input, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  return result;
}

static CliResult *
run_cli_argv (Fixture            *f,
              const char         *password,
              const char * const *argv)
{
  g_autofree char *setting = NULL;
  const char *env[] = { NULL, NULL };

  if (password != NULL)
    env[0] = setting = g_strconcat ("HALLKEEPER_PASSWORD=", password, NULL);

  return run_cli_env (f, env, NULL, argv);
}

/* Runs hallkeeper-cli with the acting password in HALLKEEPER_PASSWORD (%NULL: unset). */
static CliResult *
run_cli (Fixture    *f,
         const char *password,
         ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_cli (Fixture    *f,
         const char *password,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, password);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  return run_cli_argv (f, password, (const char * const *)argv->pdata);
}

static void
assert_success (CliResult *r)
{
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpint (r->status, ==, 0);
}

/* A failure is one line "hallkeeper-cli: <reason>" on stderr, containing @expected. */
static void
assert_failure (CliResult  *r,
                int         status,
                const char *expected)
{
  g_assert_cmpint (r->status, ==, status);
  g_assert_true (g_str_has_prefix (r->err, "hallkeeper-cli: "));
  g_assert_true (g_str_has_suffix (r->err, "\n"));
  g_assert_cmpuint (strchr (r->err, '\n') - r->err, ==, strlen (r->err) - 1);
  if (strstr (r->err, expected) == NULL)
    g_error ("stderr “%s” does not contain “%s”", r->err, expected);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” does not contain “%s”", text, expected);
}

static void
assert_not_contains (const char *text,
                     const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("“%s” contains “%s”", text, unexpected);
}

/* ---- raw SQLite on the file, as someone without Hallkeeper would ---- */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);

  return handle;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = raw_open (path);
  char *message = NULL;

  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);

  sqlite3_close (handle);
}

/* The first column of the first row of @sql, with ?1 bound to @param (nullable). */
static gint64
raw_query_int (const char *path,
               const char *sql,
               const char *param)
{
  sqlite3 *handle = raw_open (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

static gint64
count_audit (const char *path,
             const char *action)
{
  return raw_query_int (path, "SELECT count(*) FROM audit_log WHERE action = ?1", action);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* The terminal column at which @needle starts in @line: Chinese characters take two. */
static glong
display_column (const char *line,
                const char *needle)
{
  const char *end = strstr (line, needle);
  glong column = 0;

  g_assert_nonnull (end);
  for (const char *p = line; p < end; p = g_utf8_next_char (p))
    column += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return column;
}

/* ---- common steps ---- */

static void
init_hall (Fixture *f)
{
  g_autoptr(CliResult) r = NULL;

  r = run_cli (f, ADMIN_PASSWORD, "init", "--database", f->db, "--admin", "root",
               "--name", "Root Admin", NULL);
  assert_success (r);
}

static void
add_operator (Fixture    *f,
              const char *login,
              const char *roles,
              const char *password)
{
  g_autofree char *new_password = g_strconcat ("HALLKEEPER_NEW_PASSWORD=", password, NULL);
  const char *env[] = { "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, new_password, NULL };
  const char *argv[] = { "--database", f->db, "--operator", "root", "operator", "add",
                         "--login", login, "--name", login, "--role", roles, NULL };
  g_autoptr(CliResult) r = run_cli_env (f, env, NULL, argv);

  assert_success (r);
}

static CliResult *
list_operators (Fixture *f)
{
  return run_cli (f, ADMIN_PASSWORD, "operator", "list", "--database", f->db,
                  "--operator", "root", NULL);
}

/* The line of `operator list` that starts with @login. */
static char *
list_line (const char *listing,
           const char *login)
{
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit_set (lines[i], " ", 2);

      if (g_strcmp0 (cells[0], login) == 0)
        return g_strdup (lines[i]);
    }

  return NULL;
}

/* ---- help and usage ---- */

static void
test_help_tool (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CliResult) r = run_cli (f, NULL, "--help", NULL);
  const char *commands[] = { "init", "operator", "verify", "backup", "restore", "demo",
                             "version" };

  assert_success (r);
  assert_contains (r->out, "Commands:");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);
      assert_contains (r->out, line);
    }
  assert_contains (r->out, "--database=PATH");
  assert_contains (r->out, "--operator=LOGIN");
}

static void
test_help_commands (Fixture       *f,
                    gconstpointer  data)
{
  const struct
  {
    const char *argv[6];
    const char *expected[5];
  } cases[] = {
    { { "init", "--help" }, { "--admin=LOGIN", "--name=NAME", "--database=PATH" } },
    { { "operator", "--help" }, { "Subcommands:", "  add ", "  set-roles ", "  reset-password ",
                                  "  reactivate " } },
    { { "operator", "add", "--help" }, { "--login=LOGIN", "--role=ROLE", "--password-stdin",
                                         "Roles:", "  duty-manager " } },
    { { "operator", "list", "--help" }, { "operator list [OPTION…]", "--operator=LOGIN" } },
    { { "operator", "set-roles", "--help" }, { "--login=LOGIN", "--role=ROLE", "  clerk " } },
    { { "operator", "deactivate", "--help" }, { "--login=LOGIN", "--database=PATH" } },
    { { "operator", "reactivate", "--help" }, { "--login=LOGIN", "--database=PATH" } },
    { { "operator", "reset-password", "--help" }, { "--login=LOGIN", "--password-stdin" } },
    { { "verify", "--help" }, { "--database=PATH", "--operator=LOGIN" } },
    { { "backup", "--help" }, { "backup [OPTION…] PATH", "--operator=LOGIN" } },
    { { "restore", "--help" }, { "restore [OPTION…] PATH", "--operator=LOGIN" } },
    { { "demo", "--help" }, { "--database=PATH", "“demo”" } },
    { { "version", "--help" }, { "version [OPTION…]" } },
    /* Global options before the command do not get in the way. */
    { { "--database", "x.db", "operator", "add", "--help" }, { "--password-stdin" } },
  };
  g_autofree char *x_db = path_in (f, "x.db");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *command = g_strjoinv (" ", (char **)cases[i].argv);
      g_autoptr(CliResult) r = NULL;

      g_test_message ("hallkeeper-cli %s", command);
      r = run_cli_argv (f, NULL, cases[i].argv);
      assert_success (r);
      assert_contains (r->out, "Usage:");
      assert_contains (r->out, "-h, --help");
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].expected) && cases[i].expected[j]; j++)
        assert_contains (r->out, cases[i].expected[j]);
    }

  /* Help never creates a database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (x_db, G_FILE_TEST_EXISTS));
}

static void
test_usage_unknown_command (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CliResult) r = run_cli (f, NULL, "frobnicate", NULL);

  g_assert_cmpstr (r->out, ==, "");
  assert_failure (r, 2, "unknown command “frobnicate”");
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CliResult) none = run_cli (f, NULL, NULL);
  g_autoptr(CliResult) option = run_cli (f, NULL, "verify", "--frobnicate", NULL);
  g_autoptr(CliResult) sub = run_cli (f, NULL, "operator", "rename", NULL);
  g_autoptr(CliResult) no_sub = run_cli (f, NULL, "operator", NULL);
  g_autoptr(CliResult) no_login = run_cli (f, NULL, "operator", "deactivate", NULL);
  g_autoptr(CliResult) no_path = run_cli (f, NULL, "backup", NULL);
  g_autoptr(CliResult) two_paths = run_cli (f, NULL, "backup", "a.db", "b.db", NULL);
  g_autoptr(CliResult) extra = run_cli (f, NULL, "version", "now", NULL);

  assert_failure (none, 2, "no command");
  assert_failure (option, 2, "--frobnicate");
  assert_failure (sub, 2, "operator rename");
  assert_failure (no_sub, 2, "subcommand");
  assert_failure (no_login, 2, "--login");
  assert_failure (no_path, 2, "backup file");
  assert_failure (two_paths, 2, "b.db");
  assert_failure (extra, 2, "now");
}

static void
test_usage_missing_operator (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;
  gint64 entries;

  init_hall (f);
  entries = raw_query_int (f->db, "SELECT count(*) FROM audit_log", NULL);

  r = run_cli (f, ADMIN_PASSWORD, "verify", "--database", f->db, NULL);
  assert_failure (r, 2, "--operator");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log", NULL), ==, entries);
}

static void
test_usage_bad_role (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CliResult) add = NULL;
  g_autoptr(CliResult) set = NULL;
  gint64 entries;

  init_hall (f);
  entries = raw_query_int (f->db, "SELECT count(*) FROM audit_log", NULL);

  add = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator", "add",
                 "--login", "wang", "--name", "Wang", "--role", "clerk,chef", NULL);
  assert_failure (add, 2, "chef");
  assert_contains (add->err, "duty-manager");

  set = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                 "set-roles", "--login", "root", "--role", "boss", NULL);
  assert_failure (set, 2, "boss");

  /* Refused before anyone logged in: nothing was written. */
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log", NULL), ==, entries);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators", NULL), ==, 1);
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CliResult) command = run_cli (f, NULL, "version", NULL);
  g_autoptr(CliResult) option = run_cli (f, NULL, "--version", NULL);

  assert_success (command);
  g_assert_cmpstr (command->out, ==, "hallkeeper-cli " PACKAGE_VERSION "\n");
  assert_success (option);
  g_assert_cmpstr (option->out, ==, command->out);
}

/* ---- init and the database file ---- */

static void
test_init_new (Fixture       *f,
               gconstpointer  data)
{
  init_hall (f);

  g_assert_true (g_file_test (f->db, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators o JOIN operator_roles r"
                                  " ON r.operator_id = o.id WHERE o.login = 'root'"
                                  " AND o.display_name = 'Root Admin'"
                                  " AND r.role = 'administrator'", NULL), ==, 1);
  g_assert_cmpint (count_audit (f->db, "operator-added"), ==, 1);
}

static void
test_init_refuses_existing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) other = NULL;
  g_autofree char *text_file = path_in (f, "notes.txt");
  g_autofree char *contents = NULL;

  init_hall (f);

  again = run_cli (f, "another", "init", "--database", f->db, "--admin", "boss", NULL);
  assert_failure (again, 1, "already exists");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators", NULL), ==, 1);

  /* Any file, not only a database. */
  g_assert_true (g_file_set_contents (text_file, "keep me", -1, NULL));
  other = run_cli (f, "another", "init", "--database", text_file, "--admin", "boss", NULL);
  assert_failure (other, 1, "already exists");
  g_assert_true (g_file_get_contents (text_file, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
}

static void
test_init_bad_input_leaves_no_file (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(CliResult) login = run_cli (f, ADMIN_PASSWORD, "init", "--database", f->db,
                                        "--admin", "Root!", NULL);
  g_autoptr(CliResult) password = run_cli (f, "abc", "init", "--database", f->db,
                                           "--admin", "root", NULL);
  g_autoptr(CliResult) no_tty = run_cli (f, NULL, "init", "--database", f->db,
                                         "--admin", "root", NULL);
  /* Found only when the administrator is created, after the file was: it is removed again. */
  g_autoptr(CliResult) name = run_cli (f, ADMIN_PASSWORD, "init", "--database", f->db,
                                       "--admin", "root", "--name", "   ", NULL);
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);

  assert_failure (login, 1, "login name");
  assert_failure (password, 1, "at least 4");
  assert_failure (no_tty, 1, "HALLKEEPER_PASSWORD");
  assert_failure (name, 1, "name");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_init_default_path (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *xdg = g_strconcat ("XDG_DATA_HOME=", f->dir, NULL);
  g_autofree char *expected = g_build_filename (f->dir, "hallkeeper", "hallkeeper.db", NULL);
  const char *env[] = { xdg, "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, NULL };
  const char *init_argv[] = { "init", "--admin", "root", NULL };
  const char *verify_argv[] = { "--operator", "root", "verify", NULL };
  g_autoptr(CliResult) init = run_cli_env (f, env, NULL, init_argv);
  g_autoptr(CliResult) verify = NULL;

  assert_success (init);
  assert_contains (init->out, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  verify = run_cli_env (f, env, NULL, verify_argv);
  assert_success (verify);
}

static void
test_missing_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *missing_dir = path_in (f, "nothing");
  g_autofree char *missing = g_build_filename (missing_dir, "here.db", NULL);
  g_autofree char *expected = g_strdup_printf ("no database at %s; create one with "
                                               "hallkeeper-cli init", missing);
  const char *commands[][3] = {
    { "verify", NULL },
    { "operator", "list", NULL },
    { "backup", "copy.db", NULL },
    { "restore", "copy.db", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *argv[8] = { "--database", missing, "--operator", "root", NULL };
      g_autoptr(CliResult) r = NULL;

      for (guint j = 0; commands[i][j] != NULL; j++)
        argv[4 + j] = commands[i][j];

      r = run_cli_argv (f, ADMIN_PASSWORD, argv);
      assert_failure (r, 1, expected);
    }

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
}

/* ---- operators ---- */

static void
test_operator_add_list (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CliResult) before = NULL;
  g_autoptr(CliResult) after = NULL;
  g_autoptr(CliResult) login = NULL;
  g_autofree char *line = NULL;
  g_autofree char *root_line = NULL;

  init_hall (f);

  before = list_operators (f);
  assert_success (before);
  assert_not_contains (before->out, "zhang");

  add_operator (f, "zhang", "clerk,duty-manager", CLERK_PASSWORD);

  after = list_operators (f);
  assert_success (after);
  g_assert_true (g_str_has_prefix (after->out, "Login"));
  line = list_line (after->out, "zhang");
  g_assert_nonnull (line);
  assert_contains (line, "clerk,duty-manager");
  assert_contains (line, "active");
  root_line = list_line (after->out, "root");
  assert_contains (root_line, "Root Admin");
  assert_contains (root_line, "administrator");

  /* The new operator's password works. */
  login = run_cli (f, CLERK_PASSWORD, "verify", "--database", f->db, "--operator", "zhang", NULL);
  assert_success (login);

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log a"
                                  " JOIN operators o ON o.id = a.operator_id"
                                  " WHERE a.action = 'operator-added' AND o.login = 'root'"
                                  " AND a.summary LIKE 'added zhang %'", NULL), ==, 1);
}

static void
test_operator_password_stdin (Fixture       *f,
                              gconstpointer  data)
{
  const char *env[] = { "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD,
                        "HALLKEEPER_NEW_PASSWORD=notthisone", NULL };
  const char *argv[] = { "operator", "add", "--database", f->db, "--operator", "root",
                         "--login", "li", "--name", "李四", "--role", "auditor",
                         "--password-stdin", NULL };
  g_autoptr(CliResult) add = NULL;
  g_autoptr(CliResult) good = NULL;
  g_autoptr(CliResult) bad = NULL;

  init_hall (f);

  add = run_cli_env (f, env, "from-stdin\n", argv);
  assert_success (add);

  /* --password-stdin wins over HALLKEEPER_NEW_PASSWORD. */
  good = run_cli (f, "from-stdin", "verify", "--database", f->db, "--operator", "li", NULL);
  assert_success (good);
  bad = run_cli (f, "notthisone", "verify", "--database", f->db, "--operator", "li", NULL);
  assert_failure (bad, 1, "Wrong login name or password");
}

static void
test_operator_no_new_password (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;

  init_hall (f);

  r = run_cli (f, ADMIN_PASSWORD, "operator", "add", "--database", f->db, "--operator", "root",
               "--login", "li", "--name", "Li", "--role", "clerk", NULL);
  assert_failure (r, 1, "--password-stdin");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators", NULL), ==, 1);
}

static void
test_operator_set_roles (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CliResult) set = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) missing = NULL;
  g_autofree char *line = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  /* Repeated --role options add up. */
  set = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                 "set-roles", "--login", "zhang", "--role", "auditor", "--role", "supervisor",
                 NULL);
  assert_success (set);

  list = list_operators (f);
  line = list_line (list->out, "zhang");
  assert_contains (line, "auditor,supervisor");
  assert_not_contains (line, "clerk");
  g_assert_cmpint (count_audit (f->db, "operator-changed"), ==, 1);

  missing = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                     "set-roles", "--login", "nobody", "--role", "clerk", NULL);
  assert_failure (missing, 1, "nobody");
}

static void
test_operator_deactivate (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CliResult) off = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) on = NULL;
  g_autoptr(CliResult) allowed = NULL;
  g_autofree char *line = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  off = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                 "deactivate", "--login", "zhang", NULL);
  assert_success (off);

  list = list_operators (f);
  line = list_line (list->out, "zhang");
  assert_contains (line, "deactivated");

  refused = run_cli (f, CLERK_PASSWORD, "verify", "--database", f->db, "--operator", "zhang",
                     NULL);
  assert_failure (refused, 1, "deactivated");

  on = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                "reactivate", "--login", "zhang", NULL);
  assert_success (on);

  allowed = run_cli (f, CLERK_PASSWORD, "verify", "--database", f->db, "--operator", "zhang",
                     NULL);
  assert_success (allowed);

  g_assert_cmpint (count_audit (f->db, "operator-deactivated"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "operator-reactivated"), ==, 1);
}

static void
test_operator_last_administrator (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CliResult) self = NULL;
  g_autoptr(CliResult) demote = NULL;

  init_hall (f);

  self = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                  "deactivate", "--login", "root", NULL);
  assert_failure (self, 1, "your own account");

  demote = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "operator",
                    "set-roles", "--login", "root", "--role", "clerk", NULL);
  assert_failure (demote, 1, "only active administrator");

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operator_roles"
                                  " WHERE role = 'administrator'", NULL), ==, 1);
}

static void
test_operator_reset_password (Fixture       *f,
                              gconstpointer  data)
{
  const char *env[] = { "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, NULL };
  const char *argv[] = { "--database", f->db, "--operator", "root", "operator",
                         "reset-password", "--login", "zhang", "--password-stdin", NULL };
  g_autoptr(CliResult) reset = NULL;
  g_autoptr(CliResult) old = NULL;
  g_autoptr(CliResult) fresh = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  reset = run_cli_env (f, env, "brand-new\n", argv);
  assert_success (reset);

  old = run_cli (f, CLERK_PASSWORD, "verify", "--database", f->db, "--operator", "zhang", NULL);
  assert_failure (old, 1, "Wrong login name or password");
  fresh = run_cli (f, "brand-new", "verify", "--database", f->db, "--operator", "zhang", NULL);
  assert_success (fresh);

  g_assert_cmpint (count_audit (f->db, "password-reset"), ==, 1);
}

/* ---- logging in ---- */

static void
test_login_wrong_password (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;

  init_hall (f);

  r = run_cli (f, "not-the-password", "operator", "list", "--database", f->db,
               "--operator", "root", NULL);
  assert_failure (r, 1, "Wrong login name or password");
  g_assert_cmpstr (r->out, ==, "");

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'login-failed'"
                                  " AND summary LIKE '%wrong password for root%'", NULL), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT failed_logins FROM operators"
                                  " WHERE login = 'root'", NULL), ==, 1);
}

static void
test_login_lockout (Fixture       *f,
                    gconstpointer  data)
{
  const char *at_ten[] = { "HALLKEEPER_NOW=2026-11-27T10:00:00+08:00",
                           "HALLKEEPER_PASSWORD=wrong", NULL };
  const char *right_at_ten[] = { "HALLKEEPER_NOW=2026-11-27T10:01:00+08:00",
                                 "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, NULL };
  const char *right_later[] = { "HALLKEEPER_NOW=2026-11-27T10:06:00+08:00",
                                "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, NULL };
  const char *argv[] = { "verify", "--database", f->db, "--operator", "root", NULL };
  g_autoptr(CliResult) still = NULL;
  g_autoptr(CliResult) later = NULL;

  init_hall (f);

  for (guint i = 1; i <= HK_LOGIN_MAX_FAILURES; i++)
    {
      g_autoptr(CliResult) r = run_cli_env (f, at_ten, NULL, argv);

      if (i < HK_LOGIN_MAX_FAILURES)
        assert_failure (r, 1, "Wrong login name or password");
      else
        assert_failure (r, 1, "locked for 5 minutes");
    }

  /* Locked even for the right password, until five minutes have passed. */
  still = run_cli_env (f, right_at_ten, NULL, argv);
  assert_failure (still, 1, "locked");
  later = run_cli_env (f, right_later, NULL, argv);
  assert_success (later);

  g_assert_cmpint (count_audit (f->db, "login-failed"), ==, HK_LOGIN_MAX_FAILURES);
  g_assert_cmpint (count_audit (f->db, "login-refused"), ==, 1);
}

static void
test_login_no_terminal (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CliResult) unset = NULL;
  g_autoptr(CliResult) empty = NULL;

  init_hall (f);

  unset = run_cli (f, NULL, "verify", "--database", f->db, "--operator", "root", NULL);
  assert_failure (unset, 1, "no terminal");
  assert_contains (unset->err, "HALLKEEPER_PASSWORD");

  /* An empty HALLKEEPER_PASSWORD counts as unset. */
  empty = run_cli (f, "", "verify", "--database", f->db, "--operator", "root", NULL);
  assert_failure (empty, 1, "no terminal");

  g_assert_cmpint (count_audit (f->db, "login-failed"), ==, 0);
}

static void
test_login_options_anywhere (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CliResult) before = NULL;
  g_autoptr(CliResult) between = NULL;
  g_autoptr(CliResult) after = NULL;

  init_hall (f);

  before = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root",
                    "operator", "list", NULL);
  between = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "operator", "--operator", "root",
                     "list", NULL);
  after = run_cli (f, ADMIN_PASSWORD, "operator", "list", "--operator=root",
                   "--database=hall.db", NULL);

  assert_success (before);
  assert_success (between);
  assert_success (after);
  g_assert_cmpstr (before->out, ==, between->out);
  g_assert_cmpstr (before->out, ==, after->out);
  assert_contains (before->out, "root");
}

/* ---- permissions ---- */

static void
test_permission_clerk_adds_operator (Fixture       *f,
                                     gconstpointer  data)
{
  const char *env[] = { "HALLKEEPER_PASSWORD=" CLERK_PASSWORD,
                        "HALLKEEPER_NEW_PASSWORD=whatever", NULL };
  const char *argv[] = { "--database", f->db, "--operator", "zhang", "operator", "add",
                         "--login", "sneaky", "--name", "Sneaky", "--role", "administrator",
                         NULL };
  g_autoptr(CliResult) r = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  r = run_cli_env (f, env, NULL, argv);
  assert_failure (r, 1, "permission denied");
  assert_contains (r->err, "Administrator");

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators"
                                  " WHERE login = 'sneaky'", NULL), ==, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'permission-denied'"
                                  " AND operator_login = 'zhang'", NULL), ==, 1);
}

static void
test_permission_clerk_backup (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *backup = path_in (f, "copy.db");
  g_autoptr(CliResult) r = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  r = run_cli (f, CLERK_PASSWORD, "backup", backup, "--database", f->db, "--operator", "zhang",
               NULL);
  assert_failure (r, 1, "permission denied");
  assert_contains (r->err, "Auditor");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_audit (f->db, "permission-denied"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "backup"), ==, 0);
}

/* ---- demo ---- */

static void
test_demo_build (Fixture       *f,
                 gconstpointer  data)
{
  const char *logins[] = { "admin", "zhaomin", "liqiang", "zhengwei", "zhangli", "liuyang",
                           "chenjing", "sunhao", "zhouqing", "wulei", "huangfang" };
  g_autoptr(CliResult) demo = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) verify = NULL;

  /* No operator and no password needed. */
  demo = run_cli (f, NULL, "demo", "--database", f->db, NULL);
  assert_success (demo);
  assert_contains (demo->out, "demo");

  list = run_cli (f, "demo", "--database", f->db, "--operator", "admin", "operator", "list", NULL);
  assert_success (list);
  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autofree char *line = list_line (list->out, logins[i]);
      g_assert_nonnull (line);
    }

  verify = run_cli (f, "demo", "--database", f->db, "--operator", "zhaomin", "verify", NULL);
  assert_success (verify);
  assert_contains (verify->out, "Integrity: ok\n");
  assert_contains (verify->out, "chain intact\n");
}

static void
test_demo_refuses_populated (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;

  init_hall (f);

  r = run_cli (f, NULL, "demo", "--database", f->db, NULL);
  assert_failure (r, 1, "new, empty database");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators", NULL), ==, 1);
}

static void
test_demo_default_path (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *xdg = g_strconcat ("XDG_DATA_HOME=", f->dir, NULL);
  g_autofree char *demo_db = g_build_filename (f->dir, "hallkeeper", "demo.db", NULL);
  g_autofree char *real_db = g_build_filename (f->dir, "hallkeeper", "hallkeeper.db", NULL);
  const char *env[] = { xdg, NULL };
  const char *argv[] = { "demo", NULL };
  g_autoptr(CliResult) r = run_cli_env (f, env, NULL, argv);

  assert_success (r);
  g_assert_true (g_file_test (demo_db, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (real_db, G_FILE_TEST_EXISTS));
}

static void
test_output_chinese (Fixture       *f,
                     gconstpointer  data)
{
  const char *env[] = { "LANGUAGE=zh_CN", "HALLKEEPER_PASSWORD=demo", NULL };
  const char *list_argv[] = { "--database", f->db, "--operator", "admin", "operator", "list",
                              NULL };
  const char *help_argv[] = { "operator", "add", "--help", NULL };
  g_autoptr(CliResult) demo = run_cli (f, NULL, "demo", "--database", f->db, NULL);
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) help = NULL;
  g_autofree char *zhaomin = NULL;
  g_autofree char *admin = NULL;

  assert_success (demo);

  list = run_cli_env (f, env, NULL, list_argv);
  assert_success (list);
  zhaomin = list_line (list->out, "zhaomin");
  admin = list_line (list->out, "admin");
  assert_contains (zhaomin, "赵敏");
  assert_contains (admin, "王建国");
  /* Names of two and three Chinese characters still leave the roles column aligned. */
  g_assert_cmpint (display_column (zhaomin, "auditor"), ==,
                   display_column (admin, "administrator"));

  help = run_cli_env (f, env, NULL, help_argv);
  assert_success (help);
  assert_contains (help->out, "--login");
}

/* ---- verify ---- */

static void
test_verify_intact (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;
  g_autofree char *expected = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  r = run_cli (f, CLERK_PASSWORD, "verify", "--database", f->db, "--operator", "zhang", NULL);
  assert_success (r);

  /* Every entry, including this run's own login, was checked. */
  expected = g_strdup_printf ("Integrity: ok\nAudit log: %lld entries, chain intact\n",
                              (long long)raw_query_int (f->db, "SELECT count(*) FROM audit_log",
                                                        NULL));
  g_assert_cmpstr (r->out, ==, expected);
}

static void
test_verify_tampered (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CliResult) before = NULL;
  g_autoptr(CliResult) after = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);

  before = run_cli (f, ADMIN_PASSWORD, "verify", "--database", f->db, "--operator", "root", NULL);
  assert_success (before);

  /* Someone with sqlite3 and no scruples rewrites history. */
  raw_exec (f->db, "DROP TRIGGER audit_log_no_update;"
                   "UPDATE audit_log SET summary = 'added nobody' WHERE seq = 3;");

  after = run_cli (f, ADMIN_PASSWORD, "verify", "--database", f->db, "--operator", "root", NULL);
  assert_failure (after, 1, "Audit entry 3 ");
  assert_contains (after->out, "Integrity: ok\n");
  assert_not_contains (after->out, "chain intact");
}

/* ---- backup and restore ---- */

static void
test_backup_create_and_verify (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *backup = path_in (f, "backup.db");
  g_autofree char *partial = path_in (f, "backup.db.partial");
  g_autoptr(CliResult) r = NULL;
  g_autoptr(CliResult) verify = NULL;

  init_hall (f);
  add_operator (f, "zhaomin", "auditor", "audit-pw");

  r = run_cli (f, "audit-pw", "--database", f->db, "--operator", "zhaomin", "backup", "backup.db",
               NULL);
  assert_success (r);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* The backup holds the entry that records it. */
  g_assert_cmpint (raw_query_int (backup, "SELECT count(*) FROM audit_log WHERE action = 'backup'"
                                  " AND entity = 'database' AND operator_login = 'zhaomin'",
                                  NULL), ==, 1);
  g_assert_cmpint (count_audit (f->db, "backup"), ==, 1);

  verify = run_cli (f, ADMIN_PASSWORD, "verify", "--database", backup, "--operator", "root", NULL);
  assert_success (verify);
  assert_contains (verify->out, "chain intact");
}

static void
test_backup_no_overwrite (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *backup = path_in (f, "backup.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CliResult) first = NULL;
  g_autoptr(CliResult) second = NULL;

  init_hall (f);

  first = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "backup",
                   backup, NULL);
  assert_success (first);
  before = read_file (backup);

  second = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "backup",
                    backup, NULL);
  assert_failure (second, 1, "already exists");

  after = read_file (backup);
  g_assert_true (g_bytes_equal (before, after));
  /* The refused copy left no 'backup' entry claiming otherwise. */
  g_assert_cmpint (count_audit (f->db, "backup"), ==, 1);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *backup = path_in (f, "backup.db");
  g_autoptr(CliResult) saved = NULL;
  g_autoptr(CliResult) restore = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) verify = NULL;
  g_autofree char *alpha = NULL;

  init_hall (f);
  add_operator (f, "alpha", "clerk", "alpha-pw");
  saved = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "backup",
                   backup, NULL);
  assert_success (saved);
  add_operator (f, "beta", "clerk", "beta-pw");

  restore = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "restore",
                     backup, NULL);
  assert_success (restore);

  list = list_operators (f);
  assert_success (list);
  alpha = list_line (list->out, "alpha");
  g_assert_nonnull (alpha);
  g_assert_null (list_line (list->out, "beta"));

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log a"
                                  " JOIN operators o ON o.id = a.operator_id"
                                  " WHERE a.action = 'restore' AND o.login = 'root'", NULL), ==, 1);

  verify = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "verify", NULL);
  assert_success (verify);
}

static void
test_restore_refusals (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *backup = path_in (f, "backup.db");
  g_autofree char *junk = path_in (f, "junk.db");
  g_autoptr(CliResult) saved = NULL;
  g_autoptr(CliResult) auditor = NULL;
  g_autoptr(CliResult) broken = NULL;
  g_autoptr(CliResult) missing = NULL;

  init_hall (f);
  add_operator (f, "zhaomin", "auditor", "audit-pw");
  saved = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "backup",
                   backup, NULL);
  assert_success (saved);
  add_operator (f, "beta", "clerk", "beta-pw");

  auditor = run_cli (f, "audit-pw", "--database", f->db, "--operator", "zhaomin", "restore",
                     backup, NULL);
  assert_failure (auditor, 1, "permission denied");
  assert_contains (auditor->err, "Administrator");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'permission-denied'"
                                  " AND operator_login = 'zhaomin'", NULL), ==, 1);

  g_assert_true (g_file_set_contents (junk, "this is not a database, just some text", -1, NULL));
  broken = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "restore",
                    junk, NULL);
  assert_failure (broken, 1, "junk.db");

  missing = run_cli (f, ADMIN_PASSWORD, "--database", f->db, "--operator", "root", "restore",
                     "nowhere.db", NULL);
  assert_failure (missing, 1, "nowhere.db");

  /* Nothing was replaced. */
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM operators WHERE login = 'beta'",
                                  NULL), ==, 1);
  g_assert_cmpint (count_audit (f->db, "restore"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("help/tool", test_help_tool);
  ADD ("help/commands", test_help_commands);
  ADD ("usage/unknown-command", test_usage_unknown_command);
  ADD ("usage/errors", test_usage_errors);
  ADD ("usage/missing-operator", test_usage_missing_operator);
  ADD ("usage/bad-role", test_usage_bad_role);
  ADD ("version", test_version);
  ADD ("init/new", test_init_new);
  ADD ("init/refuses-existing", test_init_refuses_existing);
  ADD ("init/bad-input-leaves-no-file", test_init_bad_input_leaves_no_file);
  ADD ("init/default-path", test_init_default_path);
  ADD ("database/missing", test_missing_database);
  ADD ("operator/add-list", test_operator_add_list);
  ADD ("operator/password-stdin", test_operator_password_stdin);
  ADD ("operator/no-new-password", test_operator_no_new_password);
  ADD ("operator/set-roles", test_operator_set_roles);
  ADD ("operator/deactivate", test_operator_deactivate);
  ADD ("operator/last-administrator", test_operator_last_administrator);
  ADD ("operator/reset-password", test_operator_reset_password);
  ADD ("login/wrong-password", test_login_wrong_password);
  ADD ("login/lockout", test_login_lockout);
  ADD ("login/no-terminal", test_login_no_terminal);
  ADD ("login/options-anywhere", test_login_options_anywhere);
  ADD ("permission/clerk-adds-operator", test_permission_clerk_adds_operator);
  ADD ("permission/clerk-backup", test_permission_clerk_backup);
  ADD ("demo/build", test_demo_build);
  ADD ("demo/refuses-populated", test_demo_refuses_populated);
  ADD ("demo/default-path", test_demo_default_path);
  ADD ("output/chinese", test_output_chinese);
  ADD ("verify/intact", test_verify_intact);
  ADD ("verify/tampered", test_verify_tampered);
  ADD ("backup/create-and-verify", test_backup_create_and_verify);
  ADD ("backup/no-overwrite", test_backup_no_overwrite);
  ADD ("restore/restores", test_restore);
  ADD ("restore/refusals", test_restore_refusals);

#undef ADD

  return g_test_run ();
}
