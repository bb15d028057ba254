/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-shift.c: hallkeeper-cli shift: the duty manager lists, validates and reopens shifts.
 *
 * Every subcommand logs the --operator in and calls the shift store with them
 * as the actor, so the rules (only the duty manager validates or reopens,
 * nobody validates their own shift, only a closed shift is validated, a
 * reopening needs a reason) and the audit entries are the same as in the
 * window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-cli-shift.h"

#include "core/hk-money.h"
#include "core/hk-operator-store.h"
#include "core/hk-permission.h"
#include "core/hk-shift-store.h"
#include "reports/hk-text-table.h"

/* Who may list every clerk's shifts. */
#define OVERSEEING_ROLES (HK_ROLE_AUDITOR | HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR)

/* A shift's number from --id: a positive whole number. */
static gboolean
parse_id (const char  *value,
          const char  *option,
          gint64      *id,
          GError     **error)
{
  gint64 parsed = 0;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a shift number"), option, value);
      return FALSE;
    }

  *id = parsed;
  return TRUE;
}

static const char *
describe_status (HkShiftStatus status)
{
  switch (status)
    {
    case HK_SHIFT_CLOSED:
      return C_("shift status", "closed");
    case HK_SHIFT_VALIDATED:
      return C_("shift status", "validated");
    case HK_SHIFT_OPEN:
    default:
      return C_("shift status", "open");
    }
}

/* "HH:MM" in the hall's time zone. */
static char *
format_time (HkContext *context,
             gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, "%H:%M");
}

/* A difference, with a sign when there is one: "¥0.00", "+¥1.00", "-¥12.50". */
static char *
format_difference (gint64 fen)
{
  g_autofree char *amount = hk_money_format (fen);

  return fen > 0 ? g_strconcat ("+", amount, NULL) : g_steal_pointer (&amount);
}

static gint
compare_shift_ids (gconstpointer a,
                   gconstpointer b)
{
  gint64 id_a = hk_shift_get_id (*(HkShift **)a);
  gint64 id_b = hk_shift_get_id (*(HkShift **)b);

  return id_a < id_b ? -1 : id_a > id_b;
}

/* Appends @clerk's shifts of @day to @shifts. */
static gboolean
add_clerk_shifts (HkShiftStore  *store,
                  HkOperator    *clerk,
                  const char    *day,
                  GPtrArray     *shifts,
                  GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;

  if (!(found = hk_shift_store_list_day (store, hk_operator_get_id (clerk), day, error)))
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (shifts, g_object_ref (g_ptr_array_index (found, i)));

  return TRUE;
}

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *clerk_login = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The business day"), N_("YYYY-MM-DD") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login,
      N_("Only this clerk’s shifts (default: every clerk’s)"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) shifts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  HkOperatorStore *operators;
  HkShiftStore *store;

  if (!hk_cli_subcommand (globals, "shift list",
                          _("List the shifts of a business day: the clerk, the status, the "
                            "opening time, the float, the cash counted and expected, the "
                            "difference and how often the shift was reopened. Needs the duty "
                            "manager, auditor or hall supervisor role."),
                          entries, args, error) ||
      !hk_cli_day (day, "--date", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require (hk_context_get_database (context),
                              hk_context_get_operator (context), OVERSEEING_ROLES,
                              _("Listing the shifts"), error))
    return FALSE;

  operators = hk_context_get_operator_store (context);
  store = hk_context_get_shift_store (context);

  if (clerk_login != NULL)
    {
      g_autoptr(HkOperator) clerk = NULL;

      if (!(clerk = hk_operator_store_lookup (operators, clerk_login, error)) ||
          !add_clerk_shifts (store, clerk, day, shifts, error))
        return FALSE;
    }
  else
    {
      GListModel *model = hk_operator_store_get_model (operators);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(HkOperator) clerk = g_list_model_get_item (model, i);

          if (!add_clerk_shifts (store, clerk, day, shifts, error))
            return FALSE;
        }
      g_ptr_array_sort (shifts, compare_shift_ids);
    }

  if (shifts->len == 0)
    {
      g_print (_("No shift on %s.\n"), day);
      return TRUE;
    }

  table = hk_text_table_new (9);
  for (guint column = 4; column < 9; column++)
    hk_text_table_align_right (table, column);
  hk_text_table_add_row (table, _("ID"), _("Clerk"), _("Status"), _("Opened"), _("Float"),
                         _("Counted"), _("Expected"), _("Difference"), _("Reopened"), NULL);

  for (guint i = 0; i < shifts->len; i++)
    {
      HkShift *shift = g_ptr_array_index (shifts, i);
      g_autoptr(HkOperator) clerk = NULL;
      g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_shift_get_id (shift));
      g_autofree char *opened = format_time (context, hk_shift_get_opened_at (shift));
      g_autofree char *float_ = hk_money_format (hk_shift_get_opening_float (shift));
      g_autofree char *counted = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *difference = NULL;
      g_autofree char *reopened = g_strdup_printf ("%u", hk_shift_get_times_reopened (shift));
      g_autofree char *clerk_text = NULL;

      clerk = hk_operator_store_lookup_by_id (operators, hk_shift_get_clerk_id (shift), NULL);
      clerk_text = clerk != NULL ? g_strdup (hk_operator_get_login (clerk))
                                 : g_strdup_printf ("#%lld",
                                                    (long long)hk_shift_get_clerk_id (shift));

      /* An open shift has no count yet (a reopened one is counted again at its close). */
      if (hk_shift_get_status (shift) != HK_SHIFT_OPEN)
        {
          counted = hk_money_format (hk_shift_get_counted_cash (shift));
          expected = hk_money_format (hk_shift_get_expected_cash (shift));
          difference = format_difference (hk_shift_get_cash_difference (shift));
        }

      hk_text_table_add_row (table, id, clerk_text,
                             describe_status (hk_shift_get_status (shift)), opened, float_,
                             counted != NULL ? counted : "", expected != NULL ? expected : "",
                             difference != NULL ? difference : "", reopened, NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_validate (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *id_text = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The shift’s number, as in “shift list”"),
      N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) validated = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "shift validate",
                          _("Validate a closed shift’s count. Needs the duty manager role; "
                            "nobody validates their own shift."),
                          entries, args, error) ||
      !parse_id (id_text, "--id", &id, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(shift = hk_shift_store_lookup (hk_context_get_shift_store (context), id, error)) ||
      !(validated = hk_shift_store_validate (hk_context_get_shift_store (context),
                                             hk_context_get_operator (context), shift, error)))
    return FALSE;

  g_print (_("Validated the shift %lld.\n"), (long long)hk_shift_get_id (validated));

  return TRUE;
}

static gboolean
run_reopen (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The shift’s number, as in “shift list”"),
      N_("NUMBER") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the shift is reopened"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) reopened = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "shift reopen",
                          _("Reopen a closed or validated shift, e.g. after a miscount; the clerk "
                            "counts and closes it again. Needs the duty manager role."),
                          entries, args, error) ||
      !parse_id (id_text, "--id", &id, error) ||
      !hk_cli_require_option (reason, "--reason", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(shift = hk_shift_store_lookup (hk_context_get_shift_store (context), id, error)) ||
      !(reopened = hk_shift_store_reopen (hk_context_get_shift_store (context),
                                          hk_context_get_operator (context), shift, reason,
                                          error)))
    return FALSE;

  g_print (_("Reopened the shift %lld; the clerk closes it again.\n"),
           (long long)hk_shift_get_id (reopened));

  return TRUE;
}

static const HkCliCommand shift_commands[] = {
  { "list", N_("List the shifts of a business day"), run_list },
  { "validate", N_("Validate a closed shift"), run_validate },
  { "reopen", N_("Reopen a closed or validated shift"), run_reopen },
};

gboolean
hk_cli_shift (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  return hk_cli_run_subcommand (globals, "shift",
                                _("List the clerks’ shifts, validate their counts and reopen "
                                  "them."),
                                shift_commands, G_N_ELEMENTS (shift_commands), args, error);
}
