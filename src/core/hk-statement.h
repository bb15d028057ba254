/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-statement.h: a prepared SQLite statement with typed binds and GError. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_STATEMENT (hk_statement_get_type ())

G_DECLARE_FINAL_TYPE (HkStatement, hk_statement, HK, STATEMENT, GObject)

void          hk_statement_bind_int64  (HkStatement *self,
                                        int          index,
                                        gint64       value);
void          hk_statement_bind_text   (HkStatement *self,
                                        int          index,
                                        const char  *value);
void          hk_statement_bind_null   (HkStatement *self,
                                        int          index);
gboolean      hk_statement_step        (HkStatement *self,
                                        GError     **error);
gboolean      hk_statement_run         (HkStatement *self,
                                        GError     **error);
void          hk_statement_reset       (HkStatement *self);
gint64        hk_statement_get_int64   (HkStatement *self,
                                        int          column);
const char   *hk_statement_get_text    (HkStatement *self,
                                        int          column);
char         *hk_statement_dup_text    (HkStatement *self,
                                        int          column);
gboolean      hk_statement_is_null     (HkStatement *self,
                                        int          column);

G_END_DECLS
