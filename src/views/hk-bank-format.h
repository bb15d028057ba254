/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-format.h: what the Bank section's pages share: toasts, a question with one text field,
 * the day today, a clerk's name, the states of deposits and statement lines in words. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

/* The id of an item of a list (a deposit, a statement line, a cheque). */
typedef gint64 (*HkBankGetId) (gpointer item);

/* Called with the text typed when the question is answered with its response. */
typedef void (*HkBankTextCallback) (GtkWidget  *from,
                                    const char *text,
                                    gpointer    user_data);

void              hk_bank_show_toast        (GtkWidget          *from,
                                             const char         *message,
                                             gboolean            error);
void              hk_bank_show_error        (GtkWidget          *from,
                                             const GError       *error);
AdwMessageDialog *hk_bank_ask_text          (GtkWidget          *from,
                                             const char         *heading,
                                             const char         *body,
                                             const char         *title,
                                             const char         *text,
                                             const char         *response_label,
                                             HkBankTextCallback  callback,
                                             gpointer            user_data);
char             *hk_bank_today             (HkContext          *context);
char             *hk_bank_operator_name     (HkContext          *context,
                                             gint64              operator_id);
char             *hk_bank_format_moment     (HkContext          *context,
                                             gint64              unix_seconds);
void              hk_bank_set_money_label   (GtkLabel           *label,
                                             gint64              fen);
gboolean          hk_bank_text_contains     (const char         *haystack,
                                             const char         *needle);
gboolean          hk_bank_select_id         (GtkSingleSelection *selection,
                                             HkBankGetId         get_id,
                                             gint64              id);

G_END_DECLS
