/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-test-util.h: what the end-to-end tests of hallkeeper-cli share: running the built program
 * at a fixed clock, checking its output, reading the database and a workbook back. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *db;
  char *now;  /* HALLKEEPER_NOW for the next runs */
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

void        cli_result_free  (CliResult   *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

void        remove_tree      (const char  *path);
/* Runs hallkeeper-cli as @login (password "demo"; none for NULL) at the fixture's clock. */
CliResult  *run_as           (Fixture     *f,
                              const char  *login,
                              ...) G_GNUC_NULL_TERMINATED;
void        assert_success   (CliResult   *r);
void        assert_contains  (const char  *text,
                              const char  *expected);
void        assert_failure   (CliResult   *r,
                              int          status,
                              const char  *expected);
gint64      query_int        (Fixture     *f,
                              const char  *sql);
void        set_now          (Fixture     *f,
                              const char  *now);
char       *read_workbook    (const char  *path);
void        assert_line      (const char  *text,
                              const char  *line);

G_END_DECLS
