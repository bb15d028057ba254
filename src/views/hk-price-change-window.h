/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-price-change-window.h: the form that charges a receipt line at a price other than the
 * tariff, with a reason and the duty manager's approval. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"
#include "hk-receipt-entry-line.h"

G_BEGIN_DECLS

#define HK_TYPE_PRICE_CHANGE_WINDOW (hk_price_change_window_get_type ())

G_DECLARE_FINAL_TYPE (HkPriceChangeWindow, hk_price_change_window, HK, PRICE_CHANGE_WINDOW,
                      AdwWindow)

HkPriceChangeWindow *hk_price_change_window_new         (GtkWindow           *parent,
                                                         HkContext           *context,
                                                         HkReceiptEntryLine  *line);
const char          *hk_price_change_window_get_problem (HkPriceChangeWindow *self);
const char          *hk_price_change_window_get_refusal (HkPriceChangeWindow *self);

G_END_DECLS
