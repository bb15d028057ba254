/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fuzz-hall.c: the hall the importer fuzz targets import into, built once per process. */

#include "config.h"

#include "hk-fuzz-hall.h"

#include "core/hk-demo.h"

HkContext *
hk_fuzz_hall_get (void)
{
  static HkContext *context;

  if (context == NULL)
    {
      g_autoptr(HkDatabase) database = NULL;
      g_autoptr(GError) error = NULL;

      /* The seed corpus's dates lie before this day. */
      g_setenv ("HALLKEEPER_NOW", "2026-10-21T10:00:00+08:00", TRUE);
      if (!(database = hk_database_open (":memory:", &error)))
        g_error ("%s", error->message);
      context = hk_context_new (database);
      if (!hk_demo_populate (context, 1, &error))
        g_error ("%s", error->message);
    }

  return context;
}

HkOperator *
hk_fuzz_hall_get_operator (const char *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (hk_fuzz_hall_get ()), login,
                                       &error);
  if (operator == NULL)
    g_error ("%s", error->message);

  return operator;
}

char *
hk_fuzz_dup_text (const guint8 *data,
                  size_t        size)
{
  return g_strndup ((const char *)data, size);
}
