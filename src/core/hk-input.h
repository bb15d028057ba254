/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-input.h: what a person types, made readable to the parsers: full-width digits folded,
 * text without control characters or too many characters. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *hk_input_fold_digits (const char  *text);
gboolean  hk_input_parse_money (const char  *text,
                                gint64      *fen,
                                GError     **error);
gboolean  hk_input_clean_text  (const char  *text,
                                guint        max_chars,
                                gboolean     lines,
                                char       **clean,
                                GError     **error);

G_END_DECLS
