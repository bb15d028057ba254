/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-paper-approval-window.h: the form in which the archivist records a superior's signed
 * approval slip. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_PAPER_APPROVAL_WINDOW (hk_paper_approval_window_get_type ())

G_DECLARE_FINAL_TYPE (HkPaperApprovalWindow, hk_paper_approval_window, HK,
                      PAPER_APPROVAL_WINDOW, AdwWindow)

HkPaperApprovalWindow *hk_paper_approval_window_new         (GtkWindow             *parent,
                                                             HkContext             *context,
                                                             HkAccessRequest       *request);
const char            *hk_paper_approval_window_get_problem (HkPaperApprovalWindow *self);

G_END_DECLS
