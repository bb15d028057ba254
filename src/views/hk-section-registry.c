/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-section-registry.c: every section the main window can show, and who may see it.
 *
 * A section appears here only once it is built. The order is the sidebar's
 * order and the order of the Ctrl+1…9 shortcuts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-access-log-view.h"
#include "hk-analysis-view.h"
#include "hk-approvals-view.h"
#include "hk-archive-view.h"
#include "hk-bank-view.h"
#include "hk-cash-desk-view.h"
#include "hk-complaints-view.h"
#include "hk-error-register-view.h"
#include "hk-fee-items-view.h"
#include "hk-hall-view.h"
#include "hk-operators-view.h"
#include "hk-reports-view.h"
#include "hk-repairs-view.h"
#include "hk-section-registry.h"
#include "hk-settlement-view.h"
#include "hk-shifts-view.h"
#include "hk-stock-view.h"

static const HkSectionInfo sections[] = {
  {
    .id = "cash-desk",
    .title = N_("Cash Desk"),
    .icon_name = "accessories-calculator-symbolic",
    .roles = HK_ROLE_CLERK,
    .home_for = HK_ROLE_CLERK,
    .get_type = hk_cash_desk_view_get_type,
  },
  {
    /* Card stock, handovers and the number stock: the supervisor's, and each clerk's own. */
    .id = "stock",
    .title = N_("Stock"),
    .icon_name = "package-x-generic-symbolic",
    .roles = HK_ROLE_SUPERVISOR | HK_ROLE_CLERK,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_stock_view_get_type,
  },
  {
    .id = "settlement",
    .title = N_("Settlement"),
    .icon_name = "emblem-documents-symbolic",
    .roles = HK_ROLE_AUDITOR | HK_ROLE_SUPERVISOR,
    .home_for = HK_ROLE_AUDITOR,
    .get_type = hk_settlement_view_get_type,
  },
  {
    /* Deposits, the statement reconciliation and the cheque register: the auditor's bank
     * work (对帐, 支票背书, 退票), after the daily settlement. */
    .id = "bank",
    .title = N_("Bank"),
    .icon_name = "view-dual-symbolic",
    .roles = HK_ROLE_AUDITOR,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_bank_view_get_type,
  },
  {
    .id = "reports",
    .title = N_("Reports"),
    .icon_name = "x-office-spreadsheet-symbolic",
    .roles = HK_ROLE_AUDITOR | HK_ROLE_SUPERVISOR,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_reports_view_get_type,
  },
  {
    .id = "fee-items",
    .title = N_("Fee Items"),
    .icon_name = "view-list-bullet-symbolic",
    .roles = HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_fee_items_view_get_type,
  },
  {
    /* After the supervisor's sections: a duty manager who is also a supervisor starts there. */
    .id = "shifts",
    .title = N_("Shifts"),
    .icon_name = "document-open-recent-symbolic",
    .roles = HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR,
    .home_for = HK_ROLE_DUTY_MANAGER,
    .get_type = hk_shifts_view_get_type,
  },
  {
    /* The duty manager's books (duty log, safety, cleaning) and the supervisor's records. */
    .id = "hall",
    .title = N_("Hall"),
    .icon_name = "user-home-symbolic",
    .roles = HK_DUTY_ROLES,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_hall_view_get_type,
  },
  {
    .id = "complaints",
    .title = N_("Complaints"),
    .icon_name = "mail-unread-symbolic",
    .roles = HK_COMPLAINT_ROLES,
    .home_for = HK_ROLE_COMPLAINT_OFFICER,
    .get_type = hk_complaints_view_get_type,
  },
  {
    /* The duty manager reads it for what is overdue. */
    .id = "repairs",
    .title = N_("Repairs"),
    .icon_name = "applications-engineering-symbolic",
    .roles = HK_ROLE_TECHNICIAN | HK_ROLE_DUTY_MANAGER,
    .home_for = HK_ROLE_TECHNICIAN,
    .get_type = hk_repairs_view_get_type,
  },
  {
    .id = "archive",
    .title = N_("Archive"),
    .icon_name = "folder-documents-symbolic",
    .roles = HK_ARCHIVE_KEEPER_ROLES,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_archive_view_get_type,
  },
  {
    /* Anyone may ask to consult customer files; the inbox is for the archivist and the
     * approvers. Not the administrator's work. */
    .id = "approvals",
    .title = N_("Approvals"),
    .icon_name = "mail-unread-symbolic",
    .roles = HK_ROLE_ALL & ~HK_ROLE_ADMINISTRATOR,
    .home_for = HK_ROLE_ARCHIVIST,
    .get_type = hk_approvals_view_get_type,
  },
  {
    .id = "access-log",
    .title = N_("Access Log"),
    .icon_name = "view-reveal-symbolic",
    .roles = HK_ARCHIVE_LOG_READER_ROLES,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_access_log_view_get_type,
  },
  {
    .id = "error-register",
    .title = N_("Error Register"),
    .icon_name = "tools-check-spelling-symbolic",
    .roles = HK_ARCHIVE_LOG_READER_ROLES,
    .home_for = HK_ROLE_NONE,
    .get_type = hk_error_register_view_get_type,
  },
  {
    .id = "analysis",
    .title = N_("Analysis"),
    .icon_name = "x-office-presentation-symbolic",
    .roles = HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER,
    .home_for = HK_ROLE_SUPERVISOR,
    .get_type = hk_analysis_view_get_type,
  },
  {
    .id = "operators",
    .title = N_("Operators"),
    .icon_name = "system-users-symbolic",
    .roles = HK_ROLE_ADMINISTRATOR,
    .home_for = HK_ROLE_ADMINISTRATOR,
    .get_type = hk_operators_view_get_type,
  },
};

const HkSectionInfo *
hk_section_registry_get (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);

  return sections;
}
