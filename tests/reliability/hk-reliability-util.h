/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-reliability-util.h: what the reliability harnesses share: files, checksums, the CLI. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The administrator's login and password in every hall these harnesses make. */
#define HK_REL_ADMIN "admin"
#define HK_REL_PASSWORD "reliable-42"

/* What a run of hallkeeper-cli left: exit status (-1 when killed by a signal), output. */
typedef struct
{
  int   status;
  int   signal;
  char *out;
  char *err;
} HkRelCliResult;

char           *hk_rel_make_dir          (void);
void            hk_rel_remove_dir        (const char   *dir);
char           *hk_rel_file_checksum     (const char   *path);
char           *hk_rel_list_dir          (const char   *dir);

void            hk_rel_make_hall         (const char   *path);

HkRelCliResult *hk_rel_cli_run           (const char   *db,
                                          const char   *login,
                                          const char  **env,
                                          ...) G_GNUC_NULL_TERMINATED;
HkRelCliResult *hk_rel_cli_runv          (const char   *db,
                                          const char   *login,
                                          const char  **env,
                                          const char  **args);
void            hk_rel_cli_result_free   (HkRelCliResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRelCliResult, hk_rel_cli_result_free)

G_END_DECLS
