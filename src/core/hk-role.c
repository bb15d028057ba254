/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-role.c: the roles an operator can hold, their ids and their names. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-error.h"
#include "hk-role.h"

static const struct
{
  HkRoles     role;
  const char *id;
  const char *title;
  const char *description;
} roles[HK_N_ROLES] = {
  { HK_ROLE_CLERK, "clerk", N_("Counter clerk"),
    N_("Serves customers at the counter, issues receipts, settles each shift") },
  { HK_ROLE_AUDITOR, "auditor", N_("Auditor"),
    N_("Audits and signs daily reports, compiles the reports, reconciles with the bank") },
  { HK_ROLE_COMPLAINT_OFFICER, "complaint-officer", N_("Complaint officer"),
    N_("Receives complaints, calls customers back, keeps the service log") },
  { HK_ROLE_ARCHIVIST, "archivist", N_("Archivist"),
    N_("Keeps the customer files and records every consultation") },
  { HK_ROLE_TECHNICIAN, "technician", N_("Repair technician"),
    N_("Registers repairs, sends devices to the city company, hands them back") },
  { HK_ROLE_DUTY_MANAGER, "duty-manager", N_("Duty manager"),
    N_("Runs a shift, checks the day’s complaints, reads the opinion book") },
  { HK_ROLE_SUPERVISOR, "supervisor", N_("Hall supervisor"),
    N_("Runs the hall, manages card and number stock, writes the monthly analysis") },
  { HK_ROLE_ADMINISTRATOR, "administrator", N_("Administrator"),
    N_("Manages operators, their roles and passwords, and the hall’s settings") },
};

static const GFlagsValue roles_values[] = {
  { HK_ROLE_CLERK, "HK_ROLE_CLERK", "clerk" },
  { HK_ROLE_AUDITOR, "HK_ROLE_AUDITOR", "auditor" },
  { HK_ROLE_COMPLAINT_OFFICER, "HK_ROLE_COMPLAINT_OFFICER", "complaint-officer" },
  { HK_ROLE_ARCHIVIST, "HK_ROLE_ARCHIVIST", "archivist" },
  { HK_ROLE_TECHNICIAN, "HK_ROLE_TECHNICIAN", "technician" },
  { HK_ROLE_DUTY_MANAGER, "HK_ROLE_DUTY_MANAGER", "duty-manager" },
  { HK_ROLE_SUPERVISOR, "HK_ROLE_SUPERVISOR", "supervisor" },
  { HK_ROLE_ADMINISTRATOR, "HK_ROLE_ADMINISTRATOR", "administrator" },
  { 0, NULL, NULL },
};

GType
hk_roles_get_type (void)
{
  static GType type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_flags_register_static ("HkRoles", roles_values));

  return type;
}

/* The roles in their fixed order, for lists and checkboxes. */
HkRoles
hk_role_nth (guint n)
{
  g_return_val_if_fail (n < HK_N_ROLES, HK_ROLE_NONE);

  return roles[n].role;
}

/* The id used in the database and on the command line, e.g. "duty-manager". */
const char *
hk_role_to_id (HkRoles role)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    if (roles[i].role == role)
      return roles[i].id;

  g_return_val_if_reached (NULL);
}

HkRoles
hk_role_from_id (const char *id)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    if (g_strcmp0 (roles[i].id, id) == 0)
      return roles[i].role;

  return HK_ROLE_NONE;
}

/* The translated name of one role, e.g. "Duty manager". */
const char *
hk_role_get_title (HkRoles role)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    if (roles[i].role == role)
      return _(roles[i].title);

  g_return_val_if_reached (NULL);
}

/* What a role does, in one translated line, for forms and --help. */
const char *
hk_role_get_description (HkRoles role)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    if (roles[i].role == role)
      return _(roles[i].description);

  g_return_val_if_reached (NULL);
}

/* Parses "clerk,duty-manager"; an unknown id is an HK_ERROR_INVALID naming the valid ones. */
gboolean
hk_roles_parse (const char  *text,
                HkRoles     *out_roles,
                GError     **error)
{
  g_auto(GStrv) parts = NULL;
  HkRoles result = HK_ROLE_NONE;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *id = g_strstrip (parts[i]);
      HkRoles role;

      if (*id == '\0')
        continue;

      if ((role = hk_role_from_id (id)) == HK_ROLE_NONE)
        {
          g_autofree char *valid = hk_roles_to_ids (HK_ROLE_ALL);
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Unknown role “%s”; the roles are: %s"), id, valid);
          return FALSE;
        }

      result |= role;
    }

  if (result == HK_ROLE_NONE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give at least one role."));
      return FALSE;
    }

  *out_roles = result;
  return TRUE;
}

char *
hk_roles_to_ids (HkRoles roles_set)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < HK_N_ROLES; i++)
    if (roles_set & roles[i].role)
      g_string_append_printf (str, "%s%s", str->len ? "," : "", roles[i].id);

  return g_string_free (str, FALSE);
}

char *
hk_roles_to_titles (HkRoles roles_set)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < HK_N_ROLES; i++)
    if (roles_set & roles[i].role)
      /* Translators: the separator between role names in a list */
      g_string_append_printf (str, "%s%s", str->len ? _(", ") : "", _(roles[i].title));

  return g_string_free (str, FALSE);
}
