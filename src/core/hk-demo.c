/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo.c: builds the demonstration hall.
 *
 * A demo database is filled through the same store functions as real work,
 * so it carries the same audit entries and obeys the same rules. Its records
 * end yesterday, so the last full month is always there. Every password is
 * HK_DEMO_PASSWORD, and the database is marked as a demo so that the login
 * window may show the accounts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-demo.h"
#include "hk-demo-private.h"
#include "hk-error.h"

static const struct
{
  const char *login;
  const char *display_name;
  HkRoles     roles;
} demo_operators[] = {
  { "zhaomin", "赵敏", HK_ROLE_AUDITOR },
  { "liqiang", "李强", HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER },
  { "zhengwei", "郑伟", HK_ROLE_DUTY_MANAGER },
  { "zhangli", "张丽", HK_ROLE_CLERK },
  { "liuyang", "刘洋", HK_ROLE_CLERK },
  { "chenjing", "陈静", HK_ROLE_CLERK },
  { "sunhao", "孙浩", HK_ROLE_COMPLAINT_OFFICER },
  { "zhouqing", "周青", HK_ROLE_ARCHIVIST },
  /* The technician also holds a shift, to charge repair fees on his own receipts. */
  { "wulei", "吴磊", HK_ROLE_TECHNICIAN | HK_ROLE_CLERK },
  { "huangfang", "黄芳", HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER },
  { "wangfang", "王芳", HK_ROLE_CLERK },
  { "zhaolei", "赵磊", HK_ROLE_CLERK },
};

/**
 * hk_demo_populate:
 * @n_days: how many days of records, ending yesterday (#HK_DEMO_DEFAULT_DAYS for the full
 *   demo; fewer builds faster, for tests; 0 for the operators and the hall alone)
 *
 * Builds the demo hall in a new, empty database.
 */
gboolean
hk_demo_populate (HkContext  *context,
                  guint       n_days,
                  GError    **error)
{
  HkOperatorStore *operators;
  g_autoptr(HkOperator) admin = NULL;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  operators = hk_context_get_operator_store (context);

  if (!hk_operator_store_is_empty (operators))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The demo hall is built only in a new, empty database."));
      return FALSE;
    }

  if (!(admin = hk_operator_store_create_administrator (operators, "admin", "王建国",
                                                        HK_DEMO_PASSWORD, error)))
    return FALSE;

  if (!hk_hall_store_update (hk_context_get_hall_store (context), admin,
                             "文三路营业厅", "HZ-0571-018", "Asia/Shanghai", error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_operators); i++)
    {
      g_autoptr(HkOperator) op = NULL;

      if (!(op = hk_operator_store_add (operators, admin, demo_operators[i].login,
                                        demo_operators[i].display_name, demo_operators[i].roles,
                                        HK_DEMO_PASSWORD, error)))
        return FALSE;
    }

  return hk_hall_store_mark_demo (hk_context_get_hall_store (context), error) &&
         hk_demo_populate_cash_desk (context, n_days, error) &&
         hk_demo_stock_record_imported (context, error) &&
         hk_demo_populate_bank (context, n_days, error) &&
         hk_demo_populate_archive (context, n_days, error) &&
         hk_demo_populate_complaints (context, n_days, error) &&
         hk_demo_populate_repairs (context, n_days, error) &&
         hk_demo_populate_hall (context, n_days, error);
}
