/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repairs-view.h: the Repairs section: tickets, the ticket page, batches and parts. */

#pragma once

#include "hk-repair-batches-page.h"
#include "hk-repair-parts-page.h"
#include "hk-repair-ticket-page.h"
#include "hk-section.h"

G_BEGIN_DECLS

/* The choices of the status filter, in the order of the drop-down. */
typedef enum
{
  HK_REPAIRS_SHOW_OPEN,          /* every ticket not yet closed */
  HK_REPAIRS_SHOW_OVERDUE,       /* still being repaired after the promised day */
  HK_REPAIRS_SHOW_AWAITING,      /* ready or not repaired, not yet collected: the callback list */
  HK_REPAIRS_SHOW_FIRST_STATUS,  /* then one choice per HkRepairStatus */
  HK_REPAIRS_SHOW_ALL = HK_REPAIRS_SHOW_FIRST_STATUS + HK_REPAIR_N_STATUSES,
} HkRepairsShow;

#define HK_TYPE_REPAIRS_VIEW (hk_repairs_view_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairsView, hk_repairs_view, HK, REPAIRS_VIEW, HkSection)

GListModel          *hk_repairs_view_get_visible_model (HkRepairsView *self);
gboolean             hk_repairs_view_select            (HkRepairsView *self,
                                                        const char    *ticket_no);
HkRepairsShow        hk_repairs_view_get_show          (HkRepairsView *self);
void                 hk_repairs_view_set_show          (HkRepairsView *self,
                                                        HkRepairsShow  show);
const char          *hk_repairs_view_get_visible_page  (HkRepairsView *self);
HkRepairTicketPage  *hk_repairs_view_get_ticket_page   (HkRepairsView *self);
HkRepairBatchesPage *hk_repairs_view_get_batches_page  (HkRepairsView *self);
HkRepairPartsPage   *hk_repairs_view_get_parts_page    (HkRepairsView *self);
void                 hk_repairs_view_show_page         (HkRepairsView *self,
                                                        const char    *page);
void                 hk_repairs_view_export_register   (HkRepairsView *self,
                                                        const char    *first_day,
                                                        const char    *last_day,
                                                        GFile         *file);

G_END_DECLS
