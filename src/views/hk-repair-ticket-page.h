/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-ticket-page.h: one repair ticket with its moves, fee lines and timeline. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_TICKET_PAGE (hk_repair_ticket_page_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairTicketPage, hk_repair_ticket_page, HK, REPAIR_TICKET_PAGE, AdwBin)

HkRepairTicketPage *hk_repair_ticket_page_new         (HkContext          *context);
gboolean            hk_repair_ticket_page_show        (HkRepairTicketPage *self,
                                                       gint64              ticket_id);
HkRepairTicket     *hk_repair_ticket_page_get_ticket  (HkRepairTicketPage *self);
guint               hk_repair_ticket_page_get_n_events (HkRepairTicketPage *self);
guint               hk_repair_ticket_page_get_n_fee_lines (HkRepairTicketPage *self);

G_END_DECLS
