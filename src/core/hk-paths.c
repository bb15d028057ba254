/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-paths.c: where Hallkeeper keeps its databases by default. */

#include "config.h"

#include "hk-paths.h"

/* $XDG_DATA_HOME/hallkeeper/hallkeeper.db: the hall's real records. */
char *
hk_paths_get_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "hallkeeper", "hallkeeper.db", NULL);
}

/* $XDG_DATA_HOME/hallkeeper/demo.db: the demonstration hall, kept apart from real records. */
char *
hk_paths_get_demo_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "hallkeeper", "demo.db", NULL);
}
