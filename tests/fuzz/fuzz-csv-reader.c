/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv-reader.c: libFuzzer target: every row of any bytes through hk_csv_reader, the reader
 * every importer uses. */

#include "config.h"

#include "core/hk-csv-reader.h"
#include "hk-fuzz-hall.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* An exact-size copy, not NUL-terminated: the reader must keep to its length. */
  char *contents = g_memdup2 (data, size);
  g_autoptr(HkCsvReader) reader = hk_csv_reader_new (contents, size);
  guint last_line = 0;

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) row = NULL;
      guint line = 0;

      if ((row = hk_csv_reader_next_row (reader, &line, &error)) == NULL)
        break;
      g_assert_cmpuint (line, >, last_line);
      g_assert_cmpuint (g_strv_length (row), >=, 1);
      last_line = line;
    }

  g_clear_pointer (&reader, hk_csv_reader_free);
  g_free (contents);
  return 0;
}
