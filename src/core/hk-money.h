/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-money.h: amounts of money in fen (gint64): parsing, formatting, Chinese capital numerals. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  hk_money_parse                  (const char  *text,
                                           gint64      *fen,
                                           GError     **error);
gboolean  hk_money_parse_strict           (const char  *text,
                                           gint64      *fen,
                                           GError     **error);
char     *hk_money_format                 (gint64       fen);
char     *hk_money_format_plain           (gint64       fen);
char     *hk_money_to_chinese_capital     (gint64       fen);
char     *hk_money_format_chinese_short   (gint64       fen);
char     *hk_money_format_short           (gint64       fen);

G_END_DECLS
