/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-csv-reader.h: reads the rows of a CSV text (RFC 4180) with the line each starts on. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HkCsvReader HkCsvReader;

HkCsvReader *hk_csv_reader_new           (const char   *contents,
                                          gsize         length);
void         hk_csv_reader_free          (HkCsvReader  *self);
GStrv        hk_csv_reader_next_row      (HkCsvReader  *self,
                                          guint        *line,
                                          GError      **error);

void         hk_csv_prefix_error_line    (GError      **error,
                                          guint         line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkCsvReader, hk_csv_reader_free)

G_END_DECLS
