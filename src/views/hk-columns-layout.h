/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-columns-layout.h: children side by side in equal columns, or one under another when
 * the columns would be too narrow. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HK_TYPE_COLUMNS_LAYOUT (hk_columns_layout_get_type ())

G_DECLARE_FINAL_TYPE (HkColumnsLayout, hk_columns_layout, HK, COLUMNS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *hk_columns_layout_new (int min_column_width,
                                         int spacing);

G_END_DECLS
