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
                             "version", "report" };

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
    { { "report", "--help" }, { "Subcommands:", "  daily ", "  dekad ", "  monthly ",
                                "  journal " } },
    { { "report", "dekad", "--help" }, { "report dekad [OPTION…]", "--period=PERIOD",
                                         "--operator=LOGIN" } },
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
  demo = run_cli (f, NULL, "demo", "--database", f->db, "--days", "3", NULL);
  assert_success (demo);
  assert_contains (demo->out, "demo");
  /* Three days of counter work, ending yesterday; all but the last two are signed. */
  g_assert_cmpint (raw_query_int (f->db, "SELECT count (DISTINCT business_day) FROM receipts",
                                  NULL), ==, 3);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count (*) FROM daily_reports"
                                  " WHERE signed_at IS NOT NULL", NULL), >, 0);

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
  const char *argv[] = { "demo", "--days", "0", NULL };
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
  g_autoptr(CliResult) demo = run_cli (f, NULL, "demo", "--database", f->db, "--days", "0", NULL);
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

/* ---- invoice books and gaps ---- */

#define AUDITOR_PASSWORD "audit-pw"

/* A hall with an auditor (zhaomin) and a clerk (zhangli), and book 1234567890 1–100. */
static void
init_books (Fixture *f)
{
  g_autoptr(CliResult) r = NULL;

  init_hall (f);
  add_operator (f, "zhaomin", "auditor", AUDITOR_PASSWORD);
  add_operator (f, "zhangli", "clerk", CLERK_PASSWORD);

  r = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin",
               "invoice-book", "register", "--code", "1234567890", "--first", "1",
               "--last", "100", NULL);
  assert_success (r);
  g_assert_cmpstr (r->out, ==, "Registered the invoice book 1234567890 00000001–00000100"
                               " (100 numbers) into the hall’s stock.\n");
}

static CliResult *
run_books (Fixture    *f,
           const char *subcommand,
           const char *first,
           const char *last,
           const char *clerk)
{
  const char *argv[] = { "--database", f->db, "--operator", "zhaomin", "invoice-book",
                         subcommand, "--code", "1234567890", "--first", first, "--last", last,
                         clerk != NULL ? "--clerk" : NULL, clerk, NULL };

  return run_cli_argv (f, AUDITOR_PASSWORD, argv);
}

/* The line of `invoice-book list` whose numbers column is @numbers. */
static char *
books_line (const char *listing,
            const char *numbers)
{
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], numbers) != NULL)
      return g_strdup (lines[i]);

  return NULL;
}

static void
insert_receipt_raw (Fixture    *f,
                    gint64      number,
                    const char *day,
                    const char *status)
{
  g_autofree char *sql = NULL;

  /* Values from the test itself, not from a user. */
  sql = g_strdup_printf ("INSERT INTO receipts (invoice_code, number, clerk_id, business_day,"
                         " issued_at, total, status, void_reason, voided_at)"
                         " SELECT '1234567890', %lld, id, '%s', 1709254800, 2000, '%s', %s, %s"
                         " FROM operators WHERE login = 'zhangli'",
                         (long long)number, day, status,
                         g_str_equal (status, "void") ? "'wrong item'" : "NULL",
                         g_str_equal (status, "void") ? "1709254800" : "NULL");
  raw_exec (f->db, sql);
}

static void
test_invoice_book_register_issue_list (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(CliResult) issue = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) overlap = NULL;
  g_autoptr(CliResult) not_in_stock = NULL;
  g_autoptr(CliResult) unknown_clerk = NULL;
  g_autoptr(CliResult) bad_number = NULL;
  g_autoptr(CliResult) no_clerk = NULL;
  g_autoptr(CliResult) by_clerk = NULL;
  g_autofree char *held = NULL;
  g_autofree char *stock = NULL;

  init_books (f);

  issue = run_books (f, "issue", "00000001", "50", "zhangli");
  assert_success (issue);
  g_assert_cmpstr (issue->out, ==, "Issued 1234567890 00000001–00000050 to zhangli.\n");

  list = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli",
                  "invoice-book", "list", NULL);
  assert_success (list);
  assert_contains (list->out, "Holder");
  held = books_line (list->out, "00000001–00000050");
  stock = books_line (list->out, "00000051–00000100");
  g_assert_nonnull (held);
  g_assert_nonnull (stock);
  assert_contains (held, "1234567890  00000001  00000100  zhangli");
  g_assert_true (g_str_has_suffix (held, " 50"));
  assert_contains (stock, "hall stock");
  g_assert_true (g_str_has_suffix (stock, " 50"));

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_segments", NULL), ==, 2);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'invoice-numbers-issued'"
                                  " AND operator_login = 'zhaomin' AND summary ="
                                  " 'issued 1234567890 00000001–00000050 to zhangli'", NULL),
                   ==, 1);

  /* Refusals by the store: overlapping books, numbers not in stock, an unknown clerk. */
  overlap = run_books (f, "register", "90", "120", NULL);
  assert_failure (overlap, 1, "overlap the book 1234567890 00000001–00000100");
  not_in_stock = run_books (f, "issue", "45", "55", "zhangli");
  assert_failure (not_in_stock, 1, "stock");
  unknown_clerk = run_books (f, "issue", "51", "60", "nobody");
  assert_failure (unknown_clerk, 1, "nobody");

  /* Usage errors, before anyone logs in. */
  bad_number = run_books (f, "issue", "51", "6o", "zhangli");
  assert_failure (bad_number, 2, "--last");
  no_clerk = run_books (f, "issue", "51", "60", NULL);
  assert_failure (no_clerk, 2, "--clerk");

  /* A clerk cannot hand themselves numbers; the refusal is in the audit log. */
  by_clerk = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli",
                      "invoice-book", "issue", "--code", "1234567890", "--first", "51",
                      "--last", "60", "--clerk", "zhangli", NULL);
  assert_failure (by_clerk, 1, "permission denied");
  assert_contains (by_clerk->err, "Auditor");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'permission-denied'"
                                  " AND operator_login = 'zhangli'", NULL), ==, 1);

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_books", NULL), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_segments", NULL), ==, 2);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_movements", NULL), ==, 2);
}

static void
test_invoice_book_return (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CliResult) issue = NULL;
  g_autoptr(CliResult) used = NULL;
  g_autoptr(CliResult) back = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autofree char *stock = NULL;

  init_books (f);
  issue = run_books (f, "issue", "1", "100", "zhangli");
  assert_success (issue);
  insert_receipt_raw (f, 1, "2024-03-01", "issued");
  insert_receipt_raw (f, 2, "2024-03-01", "void");

  /* A used number, even a voided one, never comes back. */
  used = run_books (f, "return", "2", "10", NULL);
  assert_failure (used, 1, "1234567890 00000002 was used by a receipt");

  back = run_books (f, "return", "51", "100", NULL);
  assert_success (back);
  g_assert_cmpstr (back->out, ==,
                   "Checked 1234567890 00000051–00000100 back in to the hall’s stock.\n");

  again = run_books (f, "return", "60", "70", NULL);
  assert_failure (again, 1, "already in the hall’s stock");

  list = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin",
                  "invoice-book", "list", NULL);
  assert_success (list);
  stock = books_line (list->out, "00000051–00000100");
  g_assert_nonnull (stock);
  assert_contains (stock, "hall stock");

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_segments"
                                  " WHERE first_no = 51 AND last_no = 100"
                                  " AND holder_id IS NULL", NULL), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM invoice_movements"
                                  " WHERE kind = 'return'", NULL), ==, 1);
  g_assert_cmpint (count_audit (f->db, "invoice-numbers-returned"), ==, 1);
}

static void
test_gaps (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) issue = NULL;
  g_autoptr(CliResult) none = NULL;
  g_autoptr(CliResult) day1 = NULL;
  g_autoptr(CliResult) day2 = NULL;
  g_autoptr(CliResult) explained = NULL;
  g_autoptr(CliResult) bad_date = NULL;
  g_autoptr(CliResult) no_date = NULL;

  init_books (f);
  issue = run_books (f, "issue", "1", "50", "zhangli");
  assert_success (issue);

  none = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                  "--date", "2024-03-02", NULL);
  assert_success (none);
  g_assert_cmpstr (none->out, ==, "");

  /* Used 1, 2 and 3 (voided) on the first day, then 6 on the second: 4 and 5 are missing. */
  insert_receipt_raw (f, 1, "2024-03-01", "issued");
  insert_receipt_raw (f, 2, "2024-03-01", "issued");
  insert_receipt_raw (f, 3, "2024-03-01", "void");
  insert_receipt_raw (f, 6, "2024-03-02", "issued");

  day1 = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                  "--date", "2024-03-01", NULL);
  assert_success (day1);
  g_assert_cmpstr (day1->out, ==, "");

  day2 = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                  "--date", "2024-03-02", NULL);
  assert_success (day2);
  g_assert_cmpstr (day2->out, ==, "1234567890 00000004 zhangli 2024-03-02\n"
                                  "1234567890 00000005 zhangli 2024-03-02\n");

  /* An explained gap is no longer listed. */
  raw_exec (f->db, "INSERT INTO gap_explanations (book_id, number, reason, explained_at,"
                   " explained_by) SELECT 1, 4, 'torn', 1709254800, id FROM operators"
                   " WHERE login = 'zhaomin'");
  explained = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                       "--date", "2024-03-02", NULL);
  assert_success (explained);
  g_assert_cmpstr (explained->out, ==, "1234567890 00000005 zhangli 2024-03-02\n");

  bad_date = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                      "--date", "2024-02-30", NULL);
  assert_failure (bad_date, 1, "2024-02-30");
  no_date = run_cli (f, AUDITOR_PASSWORD, "--database", f->db, "--operator", "zhaomin", "gaps",
                     NULL);
  assert_failure (no_date, 2, "--date");
}

/* ---- fee items ---- */

#define FEE_ITEMS_NOW "HALLKEEPER_NOW=2026-11-27T10:00:00+08:00"
#define SUPERVISOR_PASSWORD "super-pw"

/* tests/data/fee-items.csv: nineteen items of a China Mobile hall. */
static char *
fee_items_csv (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "fee-items.csv", NULL);
}

/* Runs hallkeeper-cli on the fixture's database as @login, on 2026-11-27 at 10:00. */
static CliResult *
run_as (Fixture    *f,
        const char *login,
        const char *password,
        ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_as (Fixture    *f,
        const char *login,
        const char *password,
        ...)
{
  g_autofree char *setting = g_strconcat ("HALLKEEPER_PASSWORD=", password, NULL);
  const char *env[] = { setting, FEE_ITEMS_NOW, NULL };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer)"--database");
  g_ptr_array_add (argv, f->db);
  g_ptr_array_add (argv, (gpointer)"--operator");
  g_ptr_array_add (argv, (gpointer)login);

  va_start (ap, password);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  return run_cli_env (f, env, NULL, (const char * const *)argv->pdata);
}

/* The fee items and their prices as one text, read with plain SQLite. */
static char *
raw_dump_fee_items (const char *path)
{
  sqlite3 *handle = raw_open (path);
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT f.id, f.code, f.name, f.category, f.active,"
                                       " p.valid_from, p.price, p.set_at, p.set_by"
                                       " FROM fee_items f LEFT JOIN fee_item_prices p"
                                       " ON p.fee_item_id = f.id ORDER BY f.id, p.valid_from",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", (const char *)sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return g_string_free (out, FALSE);
}

static void
write_csv (Fixture    *f,
           const char *name,
           const char *contents)
{
  g_autofree char *path = path_in (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_fee_items_import (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *csv = fee_items_csv ();
  g_autoptr(CliResult) first = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) changed = NULL;

  init_hall (f);
  add_operator (f, "liqiang", "supervisor", SUPERVISOR_PASSWORD);

  first = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", csv, NULL);
  assert_success (first);
  g_assert_cmpstr (first->out, ==, "Imported fee items: 19 new, 0 changed.\n");

  /* Every row, with the names that needed quotes, priced from the day of the import. */
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items WHERE active = 1",
                                  NULL), ==, 19);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_item_prices"
                                  " WHERE valid_from = '2026-11-27'", NULL), ==, 19);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items WHERE name = ?1"
                                  " AND code = 'SJ-HW-N11' AND category = 'handset'",
                                  "华为 nova 11, 8GB+256GB"), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items WHERE name = ?1"
                                  " AND code = 'PJ-CDQ-18W'", "充电器 18W \"快充\""), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT p.price FROM fee_item_prices p"
                                  " JOIN fee_items f ON f.id = p.fee_item_id"
                                  " WHERE f.code = ?1", "SJ-MI-14"), ==, 399900);
  g_assert_cmpint (raw_query_int (f->db, "SELECT p.price FROM fee_item_prices p"
                                  " JOIN fee_items f ON f.id = p.fee_item_id"
                                  " WHERE f.code = ?1", "XH-PT"), ==, 0);
  g_assert_cmpint (count_audit (f->db, "fee-item-added"), ==, 19);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'fee-items-imported'"
                                  " AND operator_login = 'liqiang'", NULL), ==, 1);

  /* The administrator may import too; the same file again changes nothing. */
  again = run_as (f, "root", ADMIN_PASSWORD, "fee-items", "import", csv, NULL);
  assert_success (again);
  g_assert_cmpstr (again->out, ==, "Imported fee items: 0 new, 0 changed.\n");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items", NULL), ==, 19);

  /* A new price and a new item. */
  write_csv (f, "update.csv", "\xef\xbb\xbf" "code,name,category,price\r\n"
                              "SIM-PT,SIM卡（普通卡）,sim_card,25.00\r\n"
                              "PJ-EJ,\"耳机, 有线\",accessory,49.00\r\n");
  changed = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", "update.csv",
                    NULL);
  assert_success (changed);
  g_assert_cmpstr (changed->out, ==, "Imported fee items: 1 new, 1 changed.\n");
  g_assert_cmpint (raw_query_int (f->db, "SELECT p.price FROM fee_item_prices p"
                                  " JOIN fee_items f ON f.id = p.fee_item_id"
                                  " WHERE f.code = ?1", "SIM-PT"), ==, 2500);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items WHERE name = ?1",
                                  "耳机, 有线"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "fee-item-changed"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "fee-items-imported"), ==, 3);
}

static void
test_fee_items_import_bad_row (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *csv = fee_items_csv ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CliResult) first = NULL;
  g_autoptr(CliResult) bad = NULL;
  g_autoptr(CliResult) missing = NULL;

  init_hall (f);
  add_operator (f, "liqiang", "supervisor", SUPERVISOR_PASSWORD);
  first = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", csv, NULL);
  assert_success (first);
  before = raw_dump_fee_items (f->db);

  /* Six good rows that would change and add items, and a bad category on line 7. */
  write_csv (f, "bad.csv", "code,name,category,price\n"
                           "SIM-PT,SIM卡（普通卡）,sim_card,25.00\n"
                           "SIM-DK,SIM卡（大卡）,sim_card,25.00\n"
                           "PJ-EJ,耳机,accessory,49.00\n"
                           "YJK-200,有价卡 200元,value_card,200.00\n"
                           "WX-JCF,维修检测费（新）,repair,35.00\n"
                           "SJ-IP-15,iPhone 15,phone,5999.00\n"
                           "QT-GBF,工本费,other,6.00\n");
  bad = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", "bad.csv", NULL);
  g_assert_cmpstr (bad->out, ==, "");
  assert_failure (bad, 1, "line 7: ");
  assert_contains (bad->err, "“phone” is not a category");

  /* Nothing of the file was written. */
  after = raw_dump_fee_items (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_audit (f->db, "fee-items-imported"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "fee-item-added"), ==, 19);
  g_assert_cmpint (count_audit (f->db, "fee-item-changed"), ==, 0);

  missing = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", "nothere.csv",
                    NULL);
  assert_failure (missing, 1, "nothere.csv");
}

static void
test_fee_items_list (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = fee_items_csv ();
  g_autoptr(CliResult) import = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) all = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *free_number = NULL;
  g_autofree char *fee = NULL;
  g_auto(GStrv) lines = NULL;

  init_hall (f);
  add_operator (f, "liqiang", "supervisor", SUPERVISOR_PASSWORD);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);
  import = run_as (f, "liqiang", SUPERVISOR_PASSWORD, "fee-items", "import", csv, NULL);
  assert_success (import);
  raw_exec (f->db, "UPDATE fee_items SET active = 0 WHERE code = 'QT-GBF'");

  /* A clerk may read the tariff; by default only what is on offer. */
  list = run_as (f, "zhang", CLERK_PASSWORD, "fee-items", "list", NULL);
  assert_success (list);
  lines = g_strsplit (list->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2 + 18 + 1);
  assert_contains (lines[0], "Code");
  assert_contains (lines[0], "Category");
  assert_contains (lines[0], "Price");
  /* By code. */
  g_assert_true (g_str_has_prefix (lines[2], "BK-FEE "));
  g_assert_true (g_str_has_prefix (lines[19], "YJK-100 "));

  phone = list_line (list->out, "SJ-MI-14");
  assert_contains (phone, "小米14 12GB+256GB");
  assert_contains (phone, "Handset");
  assert_contains (phone, "¥3,999.00");
  assert_contains (phone, "active");
  free_number = list_line (list->out, "XH-PT");
  assert_contains (free_number, "Service fee");
  assert_contains (free_number, "¥0.00");
  /* Prices are right-aligned under each other, whatever the width of the Chinese names. */
  g_assert_cmpint (display_column (phone, "¥3,999.00") + 9, ==,
                   display_column (free_number, "¥0.00") + 5);
  g_assert_null (list_line (list->out, "QT-GBF"));

  all = run_as (f, "zhang", CLERK_PASSWORD, "fee-items", "list", "--all", NULL);
  assert_success (all);
  fee = list_line (all->out, "QT-GBF");
  g_assert_nonnull (fee);
  assert_contains (fee, "工本费");
  assert_contains (fee, "Other");
  assert_contains (fee, "¥5.00");
  assert_contains (fee, "deactivated");
}

static void
test_fee_items_refused_for_clerk (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *csv = fee_items_csv ();
  g_autoptr(CliResult) clerk = NULL;
  g_autoptr(CliResult) auditor = NULL;
  g_autoptr(CliResult) admin = NULL;

  init_hall (f);
  add_operator (f, "zhang", "clerk", CLERK_PASSWORD);
  add_operator (f, "zhaomin", "auditor,duty-manager", "audit-pw");

  clerk = run_as (f, "zhang", CLERK_PASSWORD, "fee-items", "import", csv, NULL);
  assert_failure (clerk, 1, "permission denied");
  assert_contains (clerk->err, "Hall supervisor");
  g_assert_cmpstr (clerk->out, ==, "");

  auditor = run_as (f, "zhaomin", "audit-pw", "fee-items", "import", csv, NULL);
  assert_failure (auditor, 1, "permission denied");

  /* Nothing was written but the refusals, each under the name of who tried. */
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items", NULL), ==, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_item_prices", NULL), ==, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'permission-denied'"
                                  " AND operator_login = 'zhang'", NULL), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'permission-denied'"
                                  " AND operator_login = 'zhaomin'", NULL), ==, 1);
  g_assert_cmpint (count_audit (f->db, "fee-items-imported"), ==, 0);

  admin = run_as (f, "root", ADMIN_PASSWORD, "fee-items", "import", csv, NULL);
  assert_success (admin);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM fee_items", NULL), ==, 19);
}

/* ---- receipts imported from the business platform, daily reports, signing ---- */

#define RECEIPTS_AUDITOR_PASSWORD "zhaomin-pw"
#define SUNLI_PASSWORD "sunli-pw"

/* A hall for the receipt fixtures in tests/data: the auditor zhaomin, the clerks zhangli and
 * liuyang, sunli who is auditor and clerk; the tariff and book 144031900111 00001001–00001100
 * (1001–1050 zhangli, 1051–1080 liuyang, 1081–1090 sunli, the rest in stock), written
 * straight into the file so that these cases test the import and the reports only. */
static void
init_receipts_hall (Fixture *f)
{
  init_hall (f);
  add_operator (f, "zhaomin", "auditor", RECEIPTS_AUDITOR_PASSWORD);
  add_operator (f, "zhangli", "clerk", CLERK_PASSWORD);
  add_operator (f, "liuyang", "clerk", CLERK_PASSWORD);
  add_operator (f, "sunli", "auditor,clerk", SUNLI_PASSWORD);

  raw_exec (f->db,
            "INSERT INTO fee_items (code, name, category, created_at) VALUES"
            " ('SIM-5G', '5G SIM卡', 'sim_card', 0),"
            " ('CZ-100', '话费充值 100元', 'service', 0),"
            " ('SJ-OPPO-A2', 'OPPO A2 5G', 'handset', 0),"
            " ('PJ-BHK', '手机保护壳', 'accessory', 0),"
            " ('PJ-SJX', '数据线 Type-C 1米', 'accessory', 0),"
            " ('BK-FEE', '补卡费', 'service', 0),"
            " ('YJK-050', '有价卡 50元', 'value_card', 0),"
            " ('WX-HPF', '更换屏幕（人工费）', 'repair', 0),"
            " ('QT-GBF', '工本费', 'other', 0);"
            "INSERT INTO invoice_books (invoice_code, first_no, last_no, registered_at)"
            " VALUES ('144031900111', 1001, 1100, 0);"
            "INSERT INTO invoice_segments (book_id, first_no, last_no, holder_id, since)"
            " SELECT 1, 1001, 1050, id, 0 FROM operators WHERE login = 'zhangli'"
            " UNION ALL SELECT 1, 1051, 1080, id, 0 FROM operators WHERE login = 'liuyang'"
            " UNION ALL SELECT 1, 1081, 1090, id, 0 FROM operators WHERE login = 'sunli'"
            " UNION ALL SELECT 1, 1091, 1100, NULL, 0;");
}

static char *
receipts_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
}

static CliResult *
run_auditor (Fixture    *f,
             const char *first,
             ...) G_GNUC_NULL_TERMINATED;

/* Runs hallkeeper-cli as the auditor zhaomin with the arguments that follow. */
static CliResult *
run_auditor (Fixture    *f,
             const char *first,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg = first;
  va_list ap;

  g_ptr_array_add (argv, (gpointer)"--database");
  g_ptr_array_add (argv, f->db);
  g_ptr_array_add (argv, (gpointer)"--operator");
  g_ptr_array_add (argv, (gpointer)"zhaomin");

  va_start (ap, first);
  for (; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  return run_cli_argv (f, RECEIPTS_AUDITOR_PASSWORD, (const char * const *)argv->pdata);
}

static void
import_good_receipts (Fixture *f)
{
  g_autofree char *good = receipts_fixture ("receipts-good.csv");
  g_autoptr(CliResult) r = run_auditor (f, "import", "receipts", good, NULL);

  assert_success (r);
  g_assert_cmpstr (r->out, ==, "Imported 9 receipts (12 lines, 1 void) for 2024-03-01 to "
                               "2024-03-02.\n");
}

/* Every row of the cash desk's tables, and the import entries of the audit log: what a
 * refused import must leave as it was (logging in writes to the audit log, so not all of it). */
static char *
dump_cash_desk (const char *path)
{
  const char *queries[] = {
    "SELECT * FROM receipts ORDER BY id",
    "SELECT * FROM receipt_lines ORDER BY receipt_id, line_no",
    "SELECT * FROM receipt_payments ORDER BY receipt_id, seq",
    "SELECT * FROM daily_reports ORDER BY id",
    "SELECT * FROM invoice_segments ORDER BY id",
    "SELECT seq, action, summary FROM audit_log WHERE action = 'receipts-imported'",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *handle = raw_open (path);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (handle, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "%s\n", queries[q]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *)sqlite3_column_text (stmt, c);
              g_string_append_printf (out, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (handle);

  return g_string_free (out, FALSE);
}

/* The line of @text that starts with @start. */
static char *
line_starting (const char *text,
               const char *start)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], start))
      return g_strdup (lines[i]);

  g_error ("no line of “%s” starts with “%s”", text, start);
  return NULL;
}

/* The terminal column just after @needle in @line. */
static glong
display_end (const char *line,
             const char *needle)
{
  glong column = display_column (line, needle);

  for (const char *p = needle; *p != '\0'; p = g_utf8_next_char (p))
    column += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return column;
}

static void
test_import_receipts (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *good = receipts_fixture ("receipts-good.csv");
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) clerk = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  init_receipts_hall (f);
  import_good_receipts (f);

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM receipts WHERE source = 'import'"
                                  " AND shift_id IS NULL", NULL), ==, 9);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM receipt_lines", NULL), ==, 12);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM receipts WHERE status = 'void'"
                                  " AND void_reason = '顾客取消,已退款'", NULL), ==, 1);
  g_assert_cmpint (raw_query_int (f->db, "SELECT total FROM receipts WHERE number = ?1",
                                  "1002"), ==, 133800);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'receipts-imported'"
                                  " AND operator_login = 'zhaomin'", NULL), ==, 1);

  /* The same file again is refused by number, and changes nothing. */
  before = dump_cash_desk (f->db);
  again = run_auditor (f, "import", "receipts", good, NULL);
  g_assert_cmpstr (again->out, ==, "");
  assert_failure (again, 1, "line 2: Receipt 144031900111-00001001 is already in the database");
  after = dump_cash_desk (f->db);
  g_assert_cmpstr (after, ==, before);

  /* A clerk may not import. */
  clerk = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli", "import",
                   "receipts", good, NULL);
  assert_failure (clerk, 1, "permission denied: Importing receipts needs one of these roles");
  g_assert_cmpint (count_audit (f->db, "receipts-imported"), ==, 1);
}

static void
test_import_receipts_bad_row (Fixture       *f,
                              gconstpointer  data)
{
  const struct
  {
    const char *name;
    const char *expected;
  } cases[] = {
    { "receipts-bad-amount.csv",
      "line 4: The amount 100.00 is not quantity × unit_price = 2 × 100.00 = 200.00." },
    { "receipts-bad-split.csv",
      "line 4: Receipt 144031900111-00001001 already appears from line 2" },
    { "receipts-bad-issued.csv",
      "line 3: The number 144031900111-00001051 is not issued to zhangli: it is issued to "
      "liuyang." },
  };
  g_autofree char *before = NULL;
  g_autofree char *missing = path_in (f, "missing.csv");
  g_autoptr(CliResult) no_file = NULL;
  g_autoptr(CliResult) no_argument = NULL;
  g_autoptr(CliResult) help = NULL;

  help = run_cli (f, NULL, "import", "receipts", "--help", NULL);
  assert_success (help);
  assert_contains (help->out, "import receipts [OPTION…] FILE");
  assert_contains (help->out, "Needs the auditor role");

  init_receipts_hall (f);
  before = dump_cash_desk (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = receipts_fixture (cases[i].name);
      g_autoptr(CliResult) r = run_auditor (f, "import", "receipts", path, NULL);
      g_autofree char *after = NULL;

      g_test_message ("%s", cases[i].name);
      g_assert_cmpstr (r->out, ==, "");
      assert_failure (r, 1, cases[i].expected);
      after = dump_cash_desk (f->db);
      g_assert_cmpstr (after, ==, before);
    }

  /* A file that is not there needs no password. */
  no_file = run_cli (f, NULL, "--database", f->db, "--operator", "zhaomin", "import",
                     "receipts", missing, NULL);
  assert_failure (no_file, 1, "missing.csv");
  no_argument = run_auditor (f, "import", "receipts", NULL);
  assert_failure (no_argument, 2, "the CSV file");

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM receipts", NULL), ==, 0);
}

static void
test_daily_report (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) one = NULL;
  g_autoptr(CliResult) nobody = NULL;
  g_autoptr(CliResult) idle = NULL;
  g_autoptr(CliResult) own = NULL;
  g_autoptr(CliResult) other = NULL;
  g_autoptr(CliResult) bad_date = NULL;
  g_autofree char *account = NULL;
  g_autofree char *cash = NULL;
  g_autofree char *cheque = NULL;
  g_autofree char *stubs = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *liuyang_account = NULL;
  g_autofree char *liuyang_wechat = NULL;

  init_receipts_hall (f);
  import_good_receipts (f);

  /* Every clerk with activity that day: here zhangli only. */
  all = run_auditor (f, "daily-report", "--date", "2024-03-01", NULL);
  assert_success (all);
  g_assert_true (g_str_has_prefix (all->out, "Daily report of zhangli (zhangli) for 2024-03-01: "
                                             "open, imported from the business platform"));
  assert_not_contains (all->out, "liuyang");

  /* The three legs with their differences, aligned. */
  account = line_starting (all->out, "Account ");
  cash = line_starting (all->out, "Cash    ");
  cheque = line_starting (all->out, "  Cheque");
  stubs = line_starting (all->out, "Stubs");
  assert_contains (account, "¥1,773.00");
  assert_contains (account, "6 receipts, 1 void, 0 red-letter");
  assert_contains (cheque, "¥80.00");
  assert_contains (cash, "¥1,528.00");
  assert_contains (cash, "-¥245.00");
  assert_contains (cash, "cash declared by the clerk ¥0.00 + non-cash ¥1,528.00");
  assert_contains (stubs, "¥1,773.00");
  assert_contains (stubs, "7 numbers used, 0 missing");
  g_assert_cmpint (display_end (account, "¥1,773.00"), ==, display_end (cheque, "¥80.00"));
  g_assert_cmpint (display_end (account, "¥1,773.00"), ==, display_end (cash, "¥1,528.00"));
  copy = line_starting (all->out, "Accounting copy");
  assert_contains (copy, "not entered");
  assert_contains (all->out, "Problems:\n"
                             "  The clerk’s declared cash for this imported day is not entered.\n");

  one = run_auditor (f, "daily-report", "--date", "2024-03-02", "--clerk", "liuyang", NULL);
  assert_success (one);
  assert_contains (one->out, "Daily report of liuyang (liuyang) for 2024-03-02");
  liuyang_account = line_starting (one->out, "Account ");
  liuyang_wechat = line_starting (one->out, "  WeChat Pay");
  assert_contains (liuyang_account, "¥130.00");
  assert_contains (liuyang_wechat, "¥80.00");

  nobody = run_auditor (f, "daily-report", "--date", "2024-03-04", NULL);
  assert_success (nobody);
  g_assert_cmpstr (nobody->out, ==, "No clerk has receipts, a shift or a daily report on "
                                    "2024-03-04.\n");

  idle = run_auditor (f, "daily-report", "--date", "2024-03-01", "--clerk", "liuyang", NULL);
  assert_success (idle);
  g_assert_cmpstr (idle->out, ==, "liuyang has no receipt, no shift and no daily report on "
                                  "2024-03-01.\n");

  /* A clerk reads their own report, not another's. */
  own = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli",
                 "daily-report", "--date", "2024-03-01", NULL);
  assert_success (own);
  assert_contains (own->out, "Daily report of zhangli");
  other = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli",
                   "daily-report", "--date", "2024-03-02", "--clerk", "liuyang", NULL);
  assert_failure (other, 1, "permission denied");

  bad_date = run_auditor (f, "daily-report", "--date", "2024-02-30", NULL);
  assert_failure (bad_date, 2, "“2024-02-30” is not a date");
}

static void
test_sign (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) help = NULL;
  g_autoptr(CliResult) short_bank = NULL;
  g_autoptr(CliResult) no_bank = NULL;
  g_autoptr(CliResult) no_slip = NULL;
  g_autoptr(CliResult) ok = NULL;
  g_autoptr(CliResult) report = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) late = NULL;
  g_autoptr(CliResult) own_import = NULL;
  g_autoptr(CliResult) own_sign = NULL;
  g_autofree char *late_csv = path_in (f, "late.csv");
  g_autofree char *sunli_csv = path_in (f, "sunli.csv");
  g_autofree char *bank_line = NULL;
  g_autoptr(GError) error = NULL;
  const char *sunli_argv[] = { "--database", f->db, "--operator", "sunli", "sign",
                               "--date", "2024-03-03", "--clerk", "sunli",
                               "--bank", "中国银行", "--bank-slip", "BOC-9",
                               "--bank-amount", "30.00", "--accounting-copy", "30.00",
                               "--declared-cash", "30.00", NULL };
  const char *sunli_import[] = { "--database", f->db, "--operator", "sunli", "import",
                                 "receipts", sunli_csv, NULL };

  help = run_cli (f, NULL, "sign", "--help", NULL);
  assert_success (help);
  assert_contains (help->out, "--bank-slip=NUMBER");
  assert_contains (help->out, "--declared-cash=AMOUNT");

  init_receipts_hall (f);
  import_good_receipts (f);

  /* The first time, the bank is needed. */
  no_bank = run_auditor (f, "sign", "--date", "2024-03-01", "--clerk", "zhangli",
                         "--bank-slip", "ICBC-118", "--bank-amount", "245.00",
                         "--accounting-copy", "1773.00", "--declared-cash", "245.00", NULL);
  assert_failure (no_bank, 2, "--bank is required");

  /* The bank receipt is for less than the cash: refused with the problem, nothing signed. */
  short_bank = run_auditor (f, "sign", "--date", "2024-03-01", "--clerk", "zhangli",
                            "--bank", "中国工商银行", "--bank-slip", "ICBC-118",
                            "--bank-amount", "240.00", "--accounting-copy", "1773.00",
                            "--declared-cash", "245.00", NULL);
  g_assert_cmpstr (short_bank->out, ==, "");
  assert_failure (short_bank, 1, "cannot be signed yet");
  assert_contains (short_bank->err, "The bank receipt is for ¥240.00, but the cash taken is "
                                    "¥245.00.");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM daily_reports"
                                  " WHERE signed_at IS NOT NULL", NULL), ==, 0);

  /* The options the store needs, before anyone logs in. */
  no_slip = run_auditor (f, "sign", "--date", "2024-03-01", "--clerk", "zhangli",
                         "--bank-amount", "245.00", "--accounting-copy", "1773.00", NULL);
  assert_failure (no_slip, 2, "--bank-slip");

  /* Matching figures, the bank entered before: signed. */
  ok = run_auditor (f, "sign", "--date", "2024-03-01", "--clerk", "zhangli",
                    "--bank-slip", "ICBC-118", "--bank-amount", "245.00",
                    "--accounting-copy", "1,773.00", "--declared-cash", "245.00", NULL);
  assert_success (ok);
  g_assert_cmpstr (ok->out, ==, "Signed the daily report of zhangli for 2024-03-01: account "
                                "¥1,773.00, cash difference ¥0.00.\n");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM daily_reports d"
                                  " JOIN operators o ON o.id = d.signed_by"
                                  " WHERE o.login = 'zhaomin' AND d.business_day = ?1"
                                  " AND d.declared_cash = 24500 AND d.bank_amount = 24500"
                                  " AND d.bank_name = '中国工商银行'", "2024-03-01"), ==, 1);
  g_assert_cmpint (count_audit (f->db, "daily-report-signed"), ==, 1);

  report = run_auditor (f, "daily-report", "--date", "2024-03-01", NULL);
  assert_success (report);
  assert_contains (report->out, "signed by zhaomin at ");
  bank_line = line_starting (report->out, "Bank receipt");
  assert_contains (bank_line, "中国工商银行 ICBC-118, 2024-03-01");
  assert_not_contains (report->out, "Problems:");

  /* Signed is locked: no second signature, no receipt more for that day. */
  again = run_auditor (f, "sign", "--date", "2024-03-01", "--clerk", "zhangli",
                       "--bank-slip", "ICBC-118", "--bank-amount", "245.00",
                       "--accounting-copy", "1773.00", "--declared-cash", "245.00", NULL);
  assert_failure (again, 1, "is signed");
  g_file_set_contents (late_csv,
                       "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,"
                       "customer_phone,status,void_reason\n"
                       "144031900111-00001008,2024-03-01 18:00:00,zhangli,SIM-5G,1,30.00,30.00,"
                       "cash,,issued,\n", -1, &error);
  g_assert_no_error (error);
  late = run_auditor (f, "import", "receipts", late_csv, NULL);
  assert_failure (late, 1, "line 2: The daily report of zhangli for 2024-03-01 is signed");

  /* An auditor who is also a clerk cannot sign their own report. */
  g_file_set_contents (sunli_csv,
                       "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,"
                       "customer_phone,status,void_reason\n"
                       "144031900111-00001081,2024-03-03 10:00:00,sunli,SIM-5G,1,30.00,30.00,"
                       "cash,,issued,\n", -1, &error);
  g_assert_no_error (error);
  own_import = run_cli_argv (f, SUNLI_PASSWORD, sunli_import);
  assert_success (own_import);
  own_sign = run_cli_argv (f, SUNLI_PASSWORD, sunli_argv);
  assert_failure (own_sign, 1, "permission denied: Another auditor signs your own daily report");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM daily_reports"
                                  " WHERE business_day = ?1 AND signed_at IS NOT NULL",
                                  "2024-03-03"), ==, 0);
}

/* ---- shifts ---- */

static void
test_shift (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CliResult) demo = NULL;
  g_autoptr(CliResult) before = NULL;
  g_autoptr(CliResult) reopen = NULL;
  g_autoptr(CliResult) after = NULL;
  g_autoptr(CliResult) validate = NULL;
  g_autofree char *day = NULL;
  g_autofree char *id = NULL;
  g_autofree char *line = NULL;
  gint64 day_number;
  gint64 shift_id;
  gint64 n_validated;

  demo = run_cli (f, NULL, "demo", "--database", f->db, "--days", "3", NULL);
  assert_success (demo);

  /* Yesterday, the demo's last day: its shifts are all validated. */
  day_number = raw_query_int (f->db, "SELECT CAST (replace (max (business_day), '-', '')"
                              " AS INTEGER) FROM shifts", NULL);
  day = g_strdup_printf ("%04d-%02d-%02d", (int)(day_number / 10000),
                         (int)(day_number / 100 % 100), (int)(day_number % 100));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM shifts WHERE business_day = ?1",
                                  day), >, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM shifts WHERE business_day = ?1"
                                  " AND status <> 'validated'", day), ==, 0);
  shift_id = raw_query_int (f->db, "SELECT min(id) FROM shifts WHERE business_day = ?1", day);
  id = g_strdup_printf ("%lld", (long long)shift_id);

  before = run_cli (f, "demo", "--database", f->db, "--operator", "zhengwei", "shift", "list",
                    "--date", day, NULL);
  assert_success (before);
  assert_contains (before->out, "Difference");
  assert_contains (before->out, "validated");
  assert_not_contains (before->out, " open ");
  g_assert_nonnull ((line = list_line (before->out, id)));
  assert_contains (line, "validated");
  assert_contains (line, "¥");
  g_clear_pointer (&line, g_free);

  reopen = run_cli (f, "demo", "--database", f->db, "--operator", "zhengwei", "shift", "reopen",
                    "--id", id, "--reason", "miscounted the 100-yuan notes", NULL);
  assert_success (reopen);
  g_assert_cmpint (raw_query_int (f->db, "SELECT times_reopened FROM shifts WHERE id = ?1", id),
                   ==, 1);
  g_assert_cmpint (count_audit (f->db, "shift-reopened"), ==, 1);

  after = run_cli (f, "demo", "--database", f->db, "--operator", "zhengwei", "shift", "list",
                   "--date", day, NULL);
  assert_success (after);
  g_assert_nonnull ((line = list_line (after->out, id)));
  assert_contains (line, " open ");
  assert_not_contains (line, "validated");
  g_assert_true (g_str_has_suffix (line, " 1"));

  /* Still open: the clerk must close it before anyone validates it. */
  n_validated = count_audit (f->db, "shift-validated");
  validate = run_cli (f, "demo", "--database", f->db, "--operator", "zhengwei", "shift",
                      "validate", "--id", id, NULL);
  assert_failure (validate, 1, "still open");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM shifts"
                                  " WHERE id = ?1 AND status = 'open'", id), ==, 1);
  g_assert_cmpint (count_audit (f->db, "shift-validated"), ==, n_validated);
}

/* ---- report ---- */

/* The reports of the imported receipts (tests/data/receipts-good.csv): 1 March, zhangli: six
 * valid receipts for ¥1,773.00 (cash 30 + 200 + 15 = 245) and one void; 2 March, liuyang: two
 * for ¥130.00 (cash 50). Nobody signed either day. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CliResult) monthly = NULL;
  g_autoptr(CliResult) dekad = NULL;
  g_autoptr(CliResult) daily = NULL;
  g_autoptr(CliResult) journal = NULL;
  g_autoptr(CliResult) journal_month = NULL;
  g_autofree char *revenue = NULL;
  g_autofree char *total = NULL;
  g_autofree char *carried = NULL;

  init_receipts_hall (f);
  import_good_receipts (f);

  monthly = run_auditor (f, "report", "monthly", "--period", "2024-03", NULL);
  assert_success (monthly);
  g_assert_true (g_str_has_prefix (monthly->out, "Monthly report\n"
                                                 "Period: Mar 2024 (2024-03-01 to 2024-03-31)\n"
                                                 "PROVISIONAL: these days have daily reports that"
                                                 " are not signed:\n"
                                                 "  2024-03-01 (zhangli)\n"
                                                 "  2024-03-02 (liuyang)\n"
                                                 "Generated by zhaomin at "));
  revenue = line_starting (monthly->out, "Revenue   ");
  assert_contains (revenue, "¥1,903.00");
  total = line_starting (monthly->out, "Month total");
  assert_contains (total, "¥1,903.00");
  assert_contains (monthly->out, "\nBy payment method\n");

  /* The first ten-day period holds both days; a day in it names it too. */
  dekad = run_auditor (f, "report", "dekad", "--period", "2024-03-1", NULL);
  assert_success (dekad);
  assert_contains (dekad->out, "Period: 1–10 Mar 2024 (2024-03-01 to 2024-03-10)\n");
  g_clear_pointer (&total, g_free);
  total = line_starting (dekad->out, "Total ");
  assert_contains (total, "¥1,903.00");

  daily = run_auditor (f, "report", "daily", "--period", "2024-03-01", NULL);
  assert_success (daily);
  assert_contains (daily->out, "Daily report\nPeriod: 1 Mar 2024 (2024-03-01 to 2024-03-01)\n");
  g_clear_pointer (&total, g_free);
  total = line_starting (daily->out, "Hall total ");
  assert_contains (total, "¥1,773.00");
  assert_not_contains (daily->out, "liuyang");

  /* The day's cash, 245, is still on hand at its end: nothing was banked. */
  journal = run_auditor (f, "report", "journal", "--period", "2024-03-01", NULL);
  assert_success (journal);
  assert_contains (journal->out, "Daily journal\n");
  carried = line_starting (journal->out, "Cash on hand carried forward");
  assert_contains (carried, "¥245.00");
  journal_month = run_auditor (f, "report", "journal", "--period", "2024-03", NULL);
  assert_success (journal_month);
  g_clear_pointer (&carried, g_free);
  carried = line_starting (journal_month->out, "Cash on hand carried forward");
  assert_contains (carried, "¥295.00");
}

static void
test_report_refusals (Fixture       *f,
                      gconstpointer  data)
{
  const struct
  {
    const char *report;
    const char *period;
    const char *expected;
  } bad[] = {
    { "monthly", "2024-13", "--period: “2024-13” is not a month of the calendar" },
    { "monthly", "2024-03-3", "--period: “2024-03-3” is not a month; write it as YYYY-MM" },
    { "dekad", "2024-03-4", "--period: “2024-03-4”: a month has the ten-day periods 1, 2 and 3" },
    { "daily", "2024-03", "--period: “2024-03” is not a day; write it as YYYY-MM-DD" },
    { "daily", "2023-02-29", "--period: “2023-02-29” is not a date: 2023-02 has 28 days" },
    { "journal", "March", "--period: “March” is not a period" },
  };
  g_autoptr(CliResult) missing = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(CliResult) clerk = NULL;

  init_receipts_hall (f);

  /* A bad period fails before any password is asked for: none is given here. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CliResult) r = run_cli (f, NULL, "--database", f->db, "--operator", "zhaomin",
                                        "report", bad[i].report, "--period", bad[i].period,
                                        NULL);

      assert_failure (r, 2, bad[i].expected);
      g_assert_cmpstr (r->out, ==, "");
    }

  missing = run_auditor (f, "report", "monthly", NULL);
  assert_failure (missing, 2, "--period");
  unknown = run_auditor (f, "report", "weekly", "--period", "2024-03", NULL);
  assert_failure (unknown, 2, "unknown subcommand “report weekly”");

  /* A clerk reads no reports, and the refusal is in the audit log. */
  clerk = run_cli (f, CLERK_PASSWORD, "--database", f->db, "--operator", "zhangli", "report",
                   "monthly", "--period", "2024-03", NULL);
  assert_failure (clerk, 1, "permission denied: Reading reports needs one of these roles");
  g_assert_cmpstr (clerk->out, ==, "");
  g_assert_cmpint (count_audit (f->db, "permission-denied"), ==, 1);
}

/* Runs another program (a reader that is not ours) and returns its standard output, or NULL
 * when it is not installed or cannot read the file here. */
static char *
read_with (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL)
    return NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      g_test_message ("%s: exit status %d: %s", argv[0], g_subprocess_get_exit_status (process),
                      err);
      return NULL;
    }

  return g_steal_pointer (&out);
}

/* A folder in which this user cannot create a file: a read-only folder, or /sys for root,
 * who writes into read-only folders anyway. NULL when there is none. */
static char *
unwritable_folder (Fixture *f)
{
  g_autofree char *dir = path_in (f, "read-only");
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);

  g_assert_no_errno (g_mkdir (dir, 0555));
  if (!g_file_set_contents (probe, "", 0, NULL))
    return g_steal_pointer (&dir);
  g_unlink (probe);
  g_rmdir (dir);

  if (!g_file_set_contents ("/sys/hallkeeper-probe", "", 0, NULL))
    return g_strdup ("/sys");
  g_unlink ("/sys/hallkeeper-probe");

  return NULL;
}

/* -o saves the report as the window exports it; the files, read back by openpyxl and
 * pdftotext, show the month's revenue that the text shows (¥1,903.00). A name that is not
 * .xlsx or .pdf, a folder that does not exist or cannot take the file: a clear message,
 * found before the password is asked for, and no file. */
static void
test_report_output (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) xlsx = NULL;
  g_autoptr(CliResult) pdf = NULL;
  g_autoptr(CliResult) bad_name = NULL;
  g_autoptr(CliResult) no_folder = NULL;
  g_autoptr(CliResult) help = NULL;
  g_autofree char *total = NULL;
  g_autofree char *xlsx_path = path_in (f, "month.xlsx");
  g_autofree char *pdf_path = path_in (f, "month.pdf");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports", "read-xlsx.py",
                                                   NULL);
  g_autofree char *read_only = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *pdf_text = NULL;

  init_receipts_hall (f);
  import_good_receipts (f);

  help = run_cli (f, NULL, "report", "monthly", "--help", NULL);
  assert_success (help);
  assert_contains (help->out, "-o, --output=FILE");

  text = run_auditor (f, "report", "monthly", "--period", "2024-03", NULL);
  assert_success (text);
  total = line_starting (text->out, "Month total");
  assert_contains (total, "¥1,903.00");

  /* The file name is relative to where the command runs. */
  xlsx = run_auditor (f, "report", "monthly", "--period", "2024-03", "-o", "month.xlsx", NULL);
  assert_success (xlsx);
  g_assert_cmpstr (xlsx->out, ==, "Monthly report of Mar 2024 saved in month.xlsx.\n");
  g_assert_true (g_file_test (xlsx_path, G_FILE_TEST_IS_REGULAR));

  pdf = run_auditor (f, "report", "monthly", "--period", "2024-03", "--output", pdf_path, NULL);
  assert_success (pdf);
  g_assert_true (g_str_has_prefix (pdf->out, "Monthly report of Mar 2024 saved in /"));
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));

  workbook = read_with ((const char * const []) { "/usr/bin/python3", script, xlsx_path, NULL });
  if (workbook != NULL)
    {
      /* The month total row of the ten-day table: a SUM whose cached value is the total. */
      assert_contains (workbook, "cell\tBy ten-day period!A5\ts\tMonth total\t");
      assert_contains (workbook, "cached\tBy ten-day period!I5\t1903\n");
      assert_contains (workbook, "\tn\t1903\t¥#,##0.00\t");
    }
  else
    g_test_message ("openpyxl could not read the workbook here: not checked");

  pdf_text = read_with ((const char * const []) { "pdftotext", "-layout", pdf_path, "-", NULL });
  if (pdf_text != NULL)
    {
      g_autofree char *pdf_total = line_starting (pdf_text, " Month total");

      assert_contains (pdf_total, "¥1,903.00");
      assert_contains (pdf_text, "PROVISIONAL");
    }
  else
    g_test_message ("pdftotext could not read the PDF here: not checked");

  /* Mistakes are found before the password: none is given here. */
  bad_name = run_cli (f, NULL, "--database", f->db, "--operator", "zhaomin", "report", "monthly",
                      "--period", "2024-03", "-o", "month.txt", NULL);
  assert_failure (bad_name, 2, "--output: Cannot save a report as “month.txt”: the name must "
                               "end in .xlsx (Excel workbook) or .pdf (PDF document).");
  g_assert_cmpstr (bad_name->out, ==, "");

  no_folder = run_cli (f, NULL, "--database", f->db, "--operator", "zhaomin", "report",
                       "dekad", "--period", "2024-03-1", "-o", "nowhere/dekad.pdf", NULL);
  assert_failure (no_folder, 1, "The folder “nowhere” does not exist.");
  g_assert_cmpstr (no_folder->out, ==, "");

  read_only = unwritable_folder (f);
  if (read_only != NULL)
    {
      g_autofree char *target = g_build_filename (read_only, "daily.xlsx", NULL);
      g_autoptr(CliResult) refused = NULL;

      refused = run_cli (f, NULL, "--database", f->db, "--operator", "zhaomin", "report",
                         "daily", "--period", "2024-03-01", "-o", target, NULL);
      g_assert_cmpint (refused->status, ==, 1);
      g_assert_true (strstr (refused->err, "You may not save files in the folder") != NULL ||
                     strstr (refused->err, "read-only disk") != NULL);
      g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
      if (g_str_has_suffix (read_only, "read-only"))
        g_chmod (read_only, 0755);
    }
  else
    g_test_message ("no folder here refuses new files to this user: not checked");

  /* Only the two files that were asked for, and no temporary file. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_assert_false (g_str_has_prefix (name, ".month."));
        g_assert_false (g_str_has_prefix (name, "month.") &&
                        !g_str_equal (name, "month.xlsx") && !g_str_equal (name, "month.pdf"));
        g_assert_false (g_str_equal (name, "nowhere"));
      }
  }
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
  ADD ("fee-items/import", test_fee_items_import);
  ADD ("fee-items/import-bad-row", test_fee_items_import_bad_row);
  ADD ("fee-items/list", test_fee_items_list);
  ADD ("fee-items/refused-for-clerk", test_fee_items_refused_for_clerk);
  ADD ("invoice-book/register-issue-list", test_invoice_book_register_issue_list);
  ADD ("invoice-book/return", test_invoice_book_return);
  ADD ("gaps", test_gaps);
  ADD ("import-receipts", test_import_receipts);
  ADD ("import-receipts-bad-row", test_import_receipts_bad_row);
  ADD ("daily-report", test_daily_report);
  ADD ("sign", test_sign);
  ADD ("shift", test_shift);
  ADD ("report", test_report);
  ADD ("report/refusals", test_report_refusals);
  ADD ("report/output", test_report_output);

#undef ADD

  return g_test_run ();
}
