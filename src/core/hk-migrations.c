/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-migrations.c: the numbered schema migrations shipped in the core GResource. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "hk-core-resources.h"
#include "hk-error.h"
#include "hk-migrations.h"

#define MIGRATIONS_PATH "/io/github/hallkeeper/Hallkeeper/migrations"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Names look like "0007-what-it-does.sql"; the number is the schema version it leads to. */
static GPtrArray *
list_migrations (void)
{
  static GPtrArray *names;

  if (g_once_init_enter (&names))
    {
      g_auto(GStrv) children = NULL;
      GPtrArray *sorted = g_ptr_array_new_with_free_func (g_free);

      children = g_resource_enumerate_children (hk_core_get_resource (), MIGRATIONS_PATH,
                                                G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      for (guint i = 0; children != NULL && children[i] != NULL; i++)
        if (g_str_has_suffix (children[i], ".sql"))
          g_ptr_array_add (sorted, g_strdup (children[i]));

      g_ptr_array_sort (sorted, compare_names);

      for (guint i = 0; i < sorted->len; i++)
        {
          const char *name = g_ptr_array_index (sorted, i);

          if (strtoul (name, NULL, 10) != i + 1)
            g_error ("Migration “%s” is out of sequence: expected number %u", name, i + 1);
        }

      g_once_init_leave (&names, sorted);
    }

  return names;
}

guint
hk_migrations_get_latest (void)
{
  return list_migrations ()->len;
}

GBytes *
hk_migrations_lookup (guint    version,
                      GError **error)
{
  GPtrArray *names = list_migrations ();
  g_autofree char *path = NULL;

  if (version == 0 || version > names->len)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_FAILED,
                   _("There is no migration to schema version %u"), version);
      return NULL;
    }

  path = g_build_path ("/", MIGRATIONS_PATH, g_ptr_array_index (names, version - 1), NULL);

  return g_resource_lookup_data (hk_core_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
