/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-text-table.h: a table of text laid out in aligned columns for a terminal. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HkTextTable HkTextTable;

HkTextTable *hk_text_table_new          (guint         n_columns);
void         hk_text_table_free         (HkTextTable  *self);
void         hk_text_table_align_right  (HkTextTable  *self,
                                         guint         column);
void         hk_text_table_add_row      (HkTextTable  *self,
                                         const char   *first,
                                         ...) G_GNUC_NULL_TERMINATED;
void         hk_text_table_add_rowv     (HkTextTable        *self,
                                         const char * const *cells);
char        *hk_text_table_render       (HkTextTable  *self);

gsize        hk_text_width              (const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkTextTable, hk_text_table_free)

G_END_DECLS
