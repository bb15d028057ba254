/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheques-page.h: the Bank section's cheque register: endorse, deposit, clear, bounce with
 * its deadline, resolve, and the payers marked. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

typedef enum
{
  HK_CHEQUES_SHOW_OPEN,        /* received, endorsed, deposited or bounced: still to follow */
  HK_CHEQUES_SHOW_OVERDUE,
  HK_CHEQUES_SHOW_ALL,
} HkChequesShow;

#define HK_TYPE_CHEQUES_PAGE (hk_cheques_page_get_type ())

G_DECLARE_FINAL_TYPE (HkChequesPage, hk_cheques_page, HK, CHEQUES_PAGE, AdwBin)

HkChequesPage *hk_cheques_page_new               (HkContext     *context);
void           hk_cheques_page_reload            (HkChequesPage *self);
GListModel    *hk_cheques_page_get_visible_model (HkChequesPage *self);
gboolean       hk_cheques_page_select            (HkChequesPage *self,
                                                  gint64         cheque_id);
void           hk_cheques_page_set_show          (HkChequesPage *self,
                                                  HkChequesShow  show);
const char    *hk_cheques_page_get_detail        (HkChequesPage *self);
guint          hk_cheques_page_get_n_overdue     (HkChequesPage *self);
void           hk_cheques_page_focus_search      (HkChequesPage *self);

G_END_DECLS
