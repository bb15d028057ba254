/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-role.c: role ids, titles and lists of roles, as stored and typed on the command line. */

#include "config.h"

#include "core/hk-error.h"
#include "core/hk-role.h"

static void
test_ids (void)
{
  const char *ids[HK_N_ROLES] = {
    "clerk", "auditor", "complaint-officer", "archivist", "technician", "duty-manager",
    "supervisor", "administrator",
  };
  HkRoles all = HK_ROLE_NONE;

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      HkRoles role = hk_role_nth (i);

      /* One bit each, in a fixed order, each with its id and a title. */
      g_assert_cmpint (role, ==, 1 << i);
      g_assert_cmpstr (hk_role_to_id (role), ==, ids[i]);
      g_assert_cmpint (hk_role_from_id (ids[i]), ==, role);
      g_assert_nonnull (hk_role_get_title (role));
      g_assert_cmpstr (hk_role_get_title (role), !=, "");
      all |= role;
    }

  g_assert_cmpint (all, ==, HK_ROLE_ALL);
  g_assert_cmpint (hk_role_from_id ("boss"), ==, HK_ROLE_NONE);
  g_assert_cmpint (hk_role_from_id (NULL), ==, HK_ROLE_NONE);
  g_assert_cmpint (hk_role_from_id ("Clerk"), ==, HK_ROLE_NONE);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  HkRoles roles = HK_ROLE_NONE;

  g_assert_true (hk_roles_parse ("clerk", &roles, &error));
  g_assert_no_error (error);
  g_assert_cmpint (roles, ==, HK_ROLE_CLERK);

  g_assert_true (hk_roles_parse (" duty-manager , supervisor,,clerk ", &roles, &error));
  g_assert_no_error (error);
  g_assert_cmpint (roles, ==, HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR | HK_ROLE_CLERK);

  /* An unknown role is refused with a list of the known ones; the result is left alone. */
  roles = HK_ROLE_AUDITOR;
  g_assert_false (hk_roles_parse ("clerk,boss", &roles, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "boss"));
  g_assert_nonnull (strstr (error->message, "complaint-officer"));
  g_assert_cmpint (roles, ==, HK_ROLE_AUDITOR);
  g_clear_error (&error);

  /* No role at all is refused too. */
  g_assert_false (hk_roles_parse ("", &roles, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_roles_parse (" , ,", &roles, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_lists (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *none = NULL;
  g_autofree char *titles = NULL;
  HkRoles parsed = HK_ROLE_NONE;

  ids = hk_roles_to_ids (HK_ROLE_ADMINISTRATOR | HK_ROLE_CLERK | HK_ROLE_TECHNICIAN);
  g_assert_cmpstr (ids, ==, "clerk,technician,administrator");
  g_clear_pointer (&ids, g_free);

  none = hk_roles_to_ids (HK_ROLE_NONE);
  g_assert_cmpstr (none, ==, "");

  /* Every set of roles survives the way to text and back. */
  for (guint set = 1; set <= HK_ROLE_ALL; set++)
    {
      ids = hk_roles_to_ids ((HkRoles)set);
      g_assert_true (hk_roles_parse (ids, &parsed, &error));
      g_assert_no_error (error);
      g_assert_cmpint (parsed, ==, set);
      g_clear_pointer (&ids, g_free);
    }

  titles = hk_roles_to_titles (HK_ROLE_CLERK | HK_ROLE_ADMINISTRATOR);
  g_assert_nonnull (strstr (titles, hk_role_get_title (HK_ROLE_CLERK)));
  g_assert_nonnull (strstr (titles, hk_role_get_title (HK_ROLE_ADMINISTRATOR)));
  g_assert_null (strstr (titles, hk_role_get_title (HK_ROLE_AUDITOR)));
}

static void
test_flags_type (void)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (HK_TYPE_ROLES);

  g_assert_true (G_TYPE_IS_FLAGS (HK_TYPE_ROLES));
  g_assert_cmpuint (klass->n_values, ==, HK_N_ROLES);
  g_assert_cmpuint (klass->mask, ==, HK_ROLE_ALL);

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      GFlagsValue *value = g_flags_get_first_value (klass, hk_role_nth (i));

      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_nick, ==, hk_role_to_id (hk_role_nth (i)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/role/ids", test_ids);
  g_test_add_func ("/role/parse", test_parse);
  g_test_add_func ("/role/lists", test_lists);
  g_test_add_func ("/role/flags-type", test_flags_type);

  return g_test_run ();
}
